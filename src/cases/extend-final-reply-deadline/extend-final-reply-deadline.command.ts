import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { RomeDate } from '../../contracts';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class ExtendFinalReplyDeadlineCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly newDueDate: RomeDate,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
