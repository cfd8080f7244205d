import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class RouteCaseCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly sectorId: string,
    readonly note: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
