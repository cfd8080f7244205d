/** The audit endpoints' parameters, validated so that a 400 names the field and the rule. */
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { PeriodQuery } from '../../reports/http/report-query';

export class FigureQuery {
  /** The figure address (projections/audit/figures). */
  @ApiProperty({ example: 'standard:7a000000-0000-4000-8000-000000000002:2026-03-01' })
  @IsString()
  @IsNotEmpty()
  figure: string;
}

export class AsOfQuery {
  /** An ISO-8601 instant with its offset. */
  @ApiProperty({ example: '2026-06-30T22:00:00Z' })
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf: string;
}

export class SectorFigureQuery extends PeriodQuery {
  @ApiProperty({ example: 'takeChargeDays' })
  @IsString()
  @IsNotEmpty()
  figure: string;
}

export class AuditSectorParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sectorId: string;
}
