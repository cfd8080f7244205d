/** The validation of what adopting, revising and retiring a standard share. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CASE_KINDS, type StandardTarget } from '../contracts';
import { TARGET_KINDS } from './standard-view';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TargetDto {
  @ApiProperty({ enum: TARGET_KINDS })
  @IsIn(TARGET_KINDS)
  kind: StandardTarget['kind'];

  /** Required for max_days: whole calendar days. */
  @ApiPropertyOptional({ example: 30 })
  @ValidateIf((target: TargetDto) => target.kind === 'max_days')
  @IsInt()
  @Min(0)
  @Max(3650)
  days?: number;

  /** Required for min_share: 0-100. */
  @ApiPropertyOptional({ example: 80 })
  @ValidateIf((target: TargetDto) => target.kind === 'min_share')
  @IsNumber()
  @Min(0)
  @Max(100)
  percent?: number;
}

/** Only the fields of the target's kind reach the event. */
export function toTarget(dto: TargetDto): StandardTarget {
  switch (dto.kind) {
    case 'max_days':
      return { kind: 'max_days', days: dto.days! };
    case 'min_share':
      return { kind: 'min_share', percent: dto.percent! };
    default:
      return { kind: dto.kind };
  }
}

export const Target = () =>
  applyDecorators(ApiProperty({ type: TargetDto }), IsDefined(), ValidateNested(), Type(() => TargetDto));

export const Indicator = () =>
  applyDecorators(
    ApiProperty({ example: 'Risposta definitiva entro 30 giorni dal ricevimento', maxLength: 1000, description: 'The published wording.' }),
    Transform(trim),
    IsString(),
    IsNotEmpty(),
    MaxLength(1000),
  );

/** A Europe/Rome calendar date; the charter says from which day, not from which instant. */
export const EffectiveFrom = () =>
  applyDecorators(
    ApiProperty({ format: 'date', example: '2025-01-01' }),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a calendar date YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: 'effectiveFrom must be a real calendar date' }),
  );

/** The kinds of case a standard applies to, each once; optional, null meaning every kind. */
export const AppliesTo = (description = 'Absent or null: every kind of case.') =>
  applyDecorators(
    ApiPropertyOptional({ enum: CASE_KINDS, isArray: true, nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    IsIn(CASE_KINDS, { each: true }),
  );
