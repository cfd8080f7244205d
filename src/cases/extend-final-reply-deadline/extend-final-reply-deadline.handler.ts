import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hardeningSettings } from '../../http/hardening-settings';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ExtendFinalReplyDeadlineCommand } from './extend-final-reply-deadline.command';

@CommandHandler(ExtendFinalReplyDeadlineCommand)
export class ExtendFinalReplyDeadlineHandler implements ICommandHandler<ExtendFinalReplyDeadlineCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, newDueDate, reason, context }: ExtendFinalReplyDeadlineCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({
      type: 'ExtendFinalReplyDeadline',
      caseId,
      ...envelope,
      newDueDate,
      reason,
      maxExtensionDays: hardeningSettings().maxExtensionDays,
    }));
  }
}
