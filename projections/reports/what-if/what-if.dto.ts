/** A proposed charter, as POST sends it and as GET's `target` parameters spell it. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { STANDARD_MEASURES, type CaseKind, type StandardMeasure, type StandardTarget } from '../../../src/read-side';
import { AppliesTo, EffectiveFrom, Indicator, Target, TargetDto, toTarget } from '../../../src/charter/standard-fields';
import { REPORT_FORMATS, type ReportFormat } from '../render/report-formats';
import type { ProposedStandard } from './proposed-charter';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ProposedStandardDto {
  /** A code of the charter (its target is replaced) or a new code (a standard added). */
  @ApiProperty({ example: 'URP-01' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  code: string;

  @Target()
  target: TargetDto;

  /** Required for a new code; for an existing one it must be its own. */
  @ApiPropertyOptional({ enum: STANDARD_MEASURES })
  @IsOptional()
  @IsIn(STANDARD_MEASURES)
  measure?: StandardMeasure;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  service?: string;

  @Indicator()
  @IsOptional()
  indicator?: string;

  @AppliesTo('Absent: as the charter has it (every kind, for a new code); null: every kind of case.')
  appliesTo?: CaseKind[] | null;

  @EffectiveFrom()
  @IsOptional()
  effectiveFrom?: string;
}

export class WhatIfDto {
  @IsArray()
  @ArrayMinSize(1, { message: 'standards must propose at least one standard' })
  @ArrayMaxSize(50)
  @ArrayUnique((s: ProposedStandardDto) => s?.code, { message: 'standards must name each code once' })
  @ValidateNested({ each: true })
  @Type(() => ProposedStandardDto)
  standards: ProposedStandardDto[];
}

export function toProposal(dto: WhatIfDto): ProposedStandard[] {
  return dto.standards.map((s) => ({
    code: s.code,
    target: toTarget(s.target),
    ...(s.measure === undefined ? {} : { measure: s.measure }),
    ...(s.service === undefined ? {} : { service: s.service }),
    ...(s.indicator === undefined ? {} : { indicator: s.indicator }),
    ...(s.appliesTo === undefined ? {} : { appliesTo: s.appliesTo }),
    ...(s.effectiveFrom === undefined ? {} : { effectiveFrom: s.effectiveFrom }),
  }));
}

/** `URP-01=20` (days), `URP-05=85%` (a share), `URP-04=immediate`, `URP-04=at_counter`. */
const TARGET_PARAMETER = /^([^=]{1,30})=(\d{1,4}|\d{1,3}(?:[.,]\d+)?%|immediate|at_counter)$/;

export class WhatIfQuery {
  /** New targets for standards of the charter: CODE=days, CODE=N% (a share), CODE=immediate or CODE=at_counter. Repeat for several. */
  @ApiProperty({ example: ['URP-01=20', 'URP-05=85%'] })
  @Transform(({ value }) => (Array.isArray(value) ? value : value === undefined ? value : [value]))
  @IsArray()
  @ArrayMinSize(1, { message: 'target must be given at least once' })
  @ArrayMaxSize(50)
  @Matches(TARGET_PARAMETER, { each: true, message: 'each target must be CODE=days, CODE=N%, CODE=immediate or CODE=at_counter' })
  target: string[];

  /** Overrides the Accept header. */
  @ApiPropertyOptional({ enum: REPORT_FORMATS })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class WhatIfFormatQuery {
  /** Overrides the Accept header. */
  @ApiPropertyOptional({ enum: REPORT_FORMATS })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export function proposalFromQuery(query: WhatIfQuery): ProposedStandard[] {
  return query.target.map((parameter) => {
    const [, code, value] = TARGET_PARAMETER.exec(parameter)!;
    return { code: code.trim(), target: targetOf(value) };
  });
}

function targetOf(value: string): StandardTarget {
  if (value === 'immediate' || value === 'at_counter') return { kind: value };
  if (value.endsWith('%')) return { kind: 'min_share', percent: Number(value.slice(0, -1).replace(',', '.')) };
  return { kind: 'max_days', days: Number(value) };
}
