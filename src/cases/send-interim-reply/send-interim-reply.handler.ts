import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendInterimReplyCommand } from './send-interim-reply.command';

@CommandHandler(SendInterimReplyCommand)
export class SendInterimReplyHandler implements ICommandHandler<SendInterimReplyCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, text, channel, context }: SendInterimReplyCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'SendInterimReply', caseId, ...envelope, text, channel }));
  }
}
