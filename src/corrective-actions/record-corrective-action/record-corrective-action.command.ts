import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CorrectiveActionView } from './corrective-action.view';

export interface CorrectiveActionFields {
  standardId: string | null;
  sectorId: string | null;
  anomaly: string;
  action: string;
  owner: string;
  dueDate: string | null;
}

/** Record a corrective action for an anomaly of a year's charter report. */
export class RecordCorrectiveActionCommand extends Command<CorrectiveActionView> {
  constructor(
    readonly actionId: string,
    readonly year: number,
    readonly fields: CorrectiveActionFields,
    readonly context: CommandContext,
  ) {
    super();
  }
}
