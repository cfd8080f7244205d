import { ApiProperty } from '@nestjs/swagger';
import type { CorrectiveActionRecorded } from '../../contracts/corrective-action-events';

/** The corrective action as recorded, with the revision of the year's stream. */
export class CorrectiveActionView {
  @ApiProperty({ format: 'uuid' })
  actionId: string;

  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  standardId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  sectorId: string | null;

  @ApiProperty()
  anomaly: string;

  @ApiProperty()
  action: string;

  @ApiProperty()
  owner: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  dueDate: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ description: "Revision of the year's corrective-actions stream after the command." })
  revision: number;
}

export function toCorrectiveActionView(data: CorrectiveActionRecorded['data'], revision: number): CorrectiveActionView {
  return { ...data, revision };
}
