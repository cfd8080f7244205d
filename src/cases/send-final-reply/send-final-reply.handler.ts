import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendFinalReplyCommand } from './send-final-reply.command';

@CommandHandler(SendFinalReplyCommand)
export class SendFinalReplyHandler implements ICommandHandler<SendFinalReplyCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, text, channel, context }: SendFinalReplyCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'SendFinalReply', caseId, ...envelope, text, channel }));
  }
}
