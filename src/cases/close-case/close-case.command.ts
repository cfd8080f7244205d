import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { OutcomeWithoutReply } from '../../domain';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class CloseCaseCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly outcome: OutcomeWithoutReply,
    readonly context: CommandContext,
  ) {
    super();
  }
}
