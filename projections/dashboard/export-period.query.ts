import { IsDefined } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotBefore, IsRomeDate } from '../shared/query-validators';

export class ExportPeriodQuery {
  /** First day of receipt (Europe/Rome). */
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsDefined()
  @IsRomeDate()
  from: string;

  /** Last day of receipt, included. */
  @ApiProperty({ format: 'date', example: '2026-03-31' })
  @IsDefined()
  @IsRomeDate()
  @IsNotBefore('from')
  to: string;
}
