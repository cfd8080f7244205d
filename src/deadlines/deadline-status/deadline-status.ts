import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readQuarantinedCases } from '../quarantine/case-quarantine';
import { readTimersCheckpoint } from '../timers/timers-checkpoint';

export class QuarantinedCaseView {
  @ApiProperty() caseId: string;
  @ApiProperty({ enum: ['fold', 'timers', 'settle'] }) stage: string;
  @ApiProperty({ nullable: true, type: String }) eventId: string | null;
  @ApiProperty({ nullable: true, type: String }) eventType: string | null;
  @ApiProperty({ nullable: true, type: Number }) revision: number | null;
  @ApiProperty() errorMessage: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time' }) firstFailedAt: string;
  @ApiProperty({ format: 'date-time' }) lastFailedAt: string;
  @ApiProperty({ format: 'date-time' }) nextRetryAt: string;
}

export class DeadlineStatus {
  @ApiProperty({ nullable: true, type: String, description: 'Last global-log position folded into the timers ("commit/prepare").' })
  checkpoint: string | null;

  @ApiProperty({ type: [QuarantinedCaseView], description: 'Cases the process manager could not process; every other case proceeds.' })
  quarantined: QuarantinedCaseView[];
}

/** Where the deadline process manager stands, from the database (true for every instance). */
@Injectable()
export class DeadlineStatusReader {
  constructor(private readonly dataSource: DataSource) {}

  async status(): Promise<DeadlineStatus> {
    const [checkpoint, quarantined] = await Promise.all([readTimersCheckpoint(this.dataSource), readQuarantinedCases(this.dataSource)]);
    return {
      checkpoint: checkpoint && `${checkpoint.commit}/${checkpoint.prepare}`,
      quarantined: quarantined.map((row) => ({
        ...row,
        firstFailedAt: row.firstFailedAt.toISOString(),
        lastFailedAt: row.lastFailedAt.toISOString(),
        nextRetryAt: row.nextRetryAt.toISOString(),
      })),
    };
  }
}
