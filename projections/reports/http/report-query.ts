/** The query strings of the report endpoints, validated so that a 400 names the field and the rule. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { namedPeriod, PERIOD_NAME_PATTERN, ReportPeriod } from '../../sector-performance/compute/report-period';
import { IsNotBefore, IsRomeDate } from '../../shared/query-validators';
import { REPORT_FORMATS, type ReportFormat } from '../render/report-formats';

export const TABLE_FORMATS = ['json', 'csv', 'html'] as const satisfies readonly ReportFormat[];
/** A sector's own performance is a short document: a PDF as well. */
export const SECTOR_PERFORMANCE_FORMATS = ['json', 'csv', 'html', 'pdf'] as const satisfies readonly ReportFormat[];

/** A period given by name cannot be given by dates as well. */
const NotWithDates = () =>
  ValidateBy({
    name: 'notWithDates',
    validator: {
      validate: (_value, args) => {
        const query = args?.object as PeriodQuery;
        return query.from === undefined && query.to === undefined;
      },
      defaultMessage: () => 'period cannot be combined with from/to: give one or the other',
    },
  });

const datesNeeded = (query: PeriodQuery) => query.period === undefined;

export class PeriodQuery {
  /** First day (Europe/Rome), with `to`; or use `period`. */
  @ApiPropertyOptional({ format: 'date', example: '2026-01-01' })
  @ValidateIf(datesNeeded)
  @IsDefined({ message: 'from is required unless period is given' })
  @IsRomeDate()
  from?: string;

  /** Last day, included. */
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31' })
  @ValidateIf(datesNeeded)
  @IsDefined({ message: 'to is required unless period is given' })
  @IsRomeDate()
  @IsNotBefore('from')
  to?: string;

  /** A year (2026), a quarter (2026-Q1) or a month (2026-03), instead of from/to. */
  @ApiPropertyOptional({ example: '2026-Q1' })
  @IsOptional()
  @Matches(PERIOD_NAME_PATTERN, { message: 'period must be a year (2026), a quarter (2026-Q1) or a month (2026-03)' })
  @NotWithDates()
  period?: string;

  /** Overrides the Accept header; pdf for a single sector only. */
  @ApiPropertyOptional({ enum: SECTOR_PERFORMANCE_FORMATS })
  @IsOptional()
  @IsIn(SECTOR_PERFORMANCE_FORMATS)
  format?: (typeof SECTOR_PERFORMANCE_FORMATS)[number];
}

/** The validated query's period. */
export function periodOf(query: PeriodQuery): ReportPeriod {
  return query.period ? namedPeriod(query.period)! : { from: query.from!, to: query.to! };
}

export class QualityReportQuery {
  /** Overrides the Accept header. */
  @ApiPropertyOptional({ enum: REPORT_FORMATS })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class QualityReportParams {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class SectorParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
