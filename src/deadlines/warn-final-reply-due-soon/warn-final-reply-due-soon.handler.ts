import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../../cases/shared/case-streams';
import type { CaseTransitionAnswer } from '../../cases/shared/case-transition.answer';
import { WarnFinalReplyDueSoonCommand } from './warn-final-reply-due-soon.command';

@CommandHandler(WarnFinalReplyDueSoonCommand)
export class WarnFinalReplyDueSoonHandler implements ICommandHandler<WarnFinalReplyDueSoonCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, context }: WarnFinalReplyDueSoonCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'WarnFinalReplyDueSoon', caseId, ...envelope }));
  }
}
