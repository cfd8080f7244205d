import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ExtendFinalReplyDeadlineCommand } from './extend-final-reply-deadline.command';

@CommandHandler(ExtendFinalReplyDeadlineCommand)
export class ExtendFinalReplyDeadlineHandler implements ICommandHandler<ExtendFinalReplyDeadlineCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ caseId, newDueDate, reason, context }: ExtendFinalReplyDeadlineCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({
      type: 'ExtendFinalReplyDeadline',
      caseId,
      ...envelope,
      newDueDate,
      reason,
      maxExtensionDays: this.config.hardening.maxExtensionDays,
    }));
  }
}
