import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseKind } from '../../contracts';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class ClassifyCaseCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly kind: CaseKind,
    /** The category code (kept as the events' `subject`). */
    readonly subject: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
