import { ApiProperty } from '@nestjs/swagger';
import type { DueActionKind } from './due-action';

/**
 * What one tick did: also the answer of POST /deadlines/tick. An action counts when the tick
 * found it recorded by its command, whether its own append stored it or that of another
 * instance settling the same case at the same moment.
 */
export class TickReport {
  @ApiProperty({ format: 'date-time', description: 'The instant of the tick, from the application clock.' })
  at: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where in the global log the timers stood when the tick read them ("commit/prepare"): the log runner folds the case events continuously, and the tick waits for it to reach the end of the log first.',
  })
  timersCheckpoint: string | null;

  @ApiProperty({ description: 'Cases with a timer due at the tick.' })
  casesDue: number;

  @ApiProperty({ description: 'Reminders to sectors recorded (solleciti).' })
  reminders: number;

  @ApiProperty({ description: 'Due-soon warnings recorded.' })
  dueSoon: number;

  @ApiProperty({ description: 'Overdue markings recorded.' })
  overdue: number;

  @ApiProperty({ description: 'Cases whose due action failed: quarantined, retried with backoff.' })
  failed: number;

  @ApiProperty({ description: 'Cases in quarantine after the tick because their events or timers could not be folded (see GET /deadlines/status).' })
  quarantined: number;

  @ApiProperty({ description: 'Quarantined cases that folded on retry and left quarantine.' })
  released: number;
}

export function emptyTickReport(at: Date, timersCheckpoint: string | null): TickReport {
  return { at: at.toISOString(), timersCheckpoint, casesDue: 0, reminders: 0, dueSoon: 0, overdue: 0, failed: 0, quarantined: 0, released: 0 };
}

const REPORT_FIELD: Record<DueActionKind, 'reminders' | 'dueSoon' | 'overdue'> = {
  reminder: 'reminders',
  'due-soon': 'dueSoon',
  overdue: 'overdue',
};

export function countRecorded(report: TickReport, kinds: readonly DueActionKind[]): void {
  for (const kind of kinds) report[REPORT_FIELD[kind]]++;
}
