import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { DraftFinalReplyCommand } from './draft-final-reply.command';

@CommandHandler(DraftFinalReplyCommand)
export class DraftFinalReplyHandler implements ICommandHandler<DraftFinalReplyCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, text, context }: DraftFinalReplyCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'DraftFinalReply', caseId, ...envelope, text }));
  }
}
