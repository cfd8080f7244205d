import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_KINDS, STANDARD_MEASURES, type CaseKind, type RomeDate, type StandardMeasure, type StandardTarget } from '../contracts';
import { periodsOf, standardsInForce, type Standard, type StandardPeriod } from '../domain';

export const TARGET_KINDS = ['max_days', 'immediate', 'at_counter', 'min_share'] as const satisfies readonly StandardTarget['kind'][];

export class TargetView {
  @ApiProperty({ enum: TARGET_KINDS, description: 'max_days: within N calendar days; immediate; at_counter ("a vista allo sportello"); min_share: at least N%.' })
  kind: StandardTarget['kind'];

  @ApiPropertyOptional({ description: 'For max_days.', example: 30 })
  days?: number;

  @ApiPropertyOptional({ description: 'For min_share, 0-100.', example: 80 })
  percent?: number;
}

/** One version of a standard and the days it applies. */
export class StandardVersionView {
  @ApiProperty({ example: 'Risposta definitiva entro 30 giorni dal ricevimento' })
  indicator: string;

  @ApiProperty({ type: TargetView })
  target: TargetView;

  @ApiProperty({ format: 'date', example: '2025-01-01' })
  effectiveFrom: RomeDate;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Last day it applies (inclusive); null while open-ended.' })
  until: RomeDate | null;
}

/** A charter standard with its versions; `revision` is what If-Match expects. */
export class StandardView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'URP-02' })
  code: string;

  @ApiProperty({ example: 'Gestione segnalazioni, reclami e suggerimenti' })
  service: string;

  @ApiProperty({ enum: STANDARD_MEASURES })
  measure: StandardMeasure;

  @ApiProperty({ enum: CASE_KINDS, isArray: true, nullable: true, description: 'Null: every kind of case.' })
  appliesTo: CaseKind[] | null;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'First day it no longer applies, once retired.' })
  retiredFrom: RomeDate | null;

  @ApiProperty({ type: StandardVersionView, isArray: true, description: 'Oldest first.' })
  versions: StandardVersionView[];

  @ApiProperty({
    type: StandardVersionView,
    nullable: true,
    description: 'The version in force on the day asked (today unless ?on= is given); null when none is.',
  })
  inForce: StandardVersionView | null;

  @ApiProperty({ description: 'Revision of the standard stream: send it back as If-Match.', example: 1 })
  revision: number;
}

export function toStandardView(standard: Standard, revision: number, day: RomeDate): StandardView {
  const versions = periodsOf(standard).map(toVersionView);
  const [current] = standardsInForce([standard], day);
  return {
    id: standard.standardId,
    code: standard.code,
    service: standard.service,
    measure: standard.measure,
    appliesTo: standard.appliesTo,
    retiredFrom: standard.retiredFrom,
    versions,
    inForce: versions.find((v) => v.effectiveFrom === current?.effectiveFrom) ?? null,
    revision,
  };
}

function toVersionView(period: StandardPeriod): StandardVersionView {
  return { indicator: period.indicator, target: period.target, effectiveFrom: period.effectiveFrom, until: period.until };
}
