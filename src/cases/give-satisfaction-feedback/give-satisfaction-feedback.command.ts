import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class GiveSatisfactionFeedbackCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly score: number,
    readonly comment: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
