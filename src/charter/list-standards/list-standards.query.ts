import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class ListStandardsQuery {
  /** Only the standards in force that day (Europe/Rome). */
  @ApiPropertyOptional({ format: 'date', example: '2026-07-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'on must be a calendar date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'on must be a real calendar date' })
  on?: string;
}
