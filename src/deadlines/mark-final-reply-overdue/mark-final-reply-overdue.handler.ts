import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../../cases/shared/case-streams';
import type { CaseTransitionAnswer } from '../../cases/shared/case-transition.answer';
import { MarkFinalReplyOverdueCommand } from './mark-final-reply-overdue.command';

@CommandHandler(MarkFinalReplyOverdueCommand)
export class MarkFinalReplyOverdueHandler implements ICommandHandler<MarkFinalReplyOverdueCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, context }: MarkFinalReplyOverdueCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'MarkFinalReplyOverdue', caseId, ...envelope }));
  }
}
