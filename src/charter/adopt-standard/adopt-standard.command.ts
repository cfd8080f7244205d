import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseKind, RomeDate, StandardMeasure, StandardTarget } from '../../contracts';
import type { StandardView } from '../standard-view';

export interface AdoptedStandard {
  code: string;
  service: string;
  indicator: string;
  measure: StandardMeasure;
  target: StandardTarget;
  /** Null for every kind of case. */
  appliesTo: CaseKind[] | null;
  effectiveFrom: RomeDate;
}

/** Record a standard the charter adopted, in force from `effectiveFrom`. */
export class AdoptStandardCommand extends Command<StandardView> {
  constructor(
    readonly standardId: string,
    readonly standard: AdoptedStandard,
    readonly context: CommandContext,
  ) {
    super();
  }
}
