import { ApiProperty } from '@nestjs/swagger';
import type { CorrectiveActionRecorded } from '../../contracts/corrective-action-events';

/** The corrective action as recorded, with the revision of the year's stream. */
export class CorrectiveActionView {
  @ApiProperty({ format: 'uuid' })
  actionId: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ format: 'uuid' })
  standardId: string | null;

  @ApiProperty({ format: 'uuid' })
  sectorId: string | null;

  anomaly: string;

  action: string;

  owner: string;

  @ApiProperty({ format: 'date' })
  dueDate: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  /** Revision of the year's corrective-actions stream after the command. */
  revision: number;
}

export function toCorrectiveActionView(data: CorrectiveActionRecorded['data'], revision: number): CorrectiveActionView {
  return { ...data, revision };
}
