import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_KINDS, STANDARD_MEASURES, type CaseKind, type RomeDate, type StandardMeasure, type StandardTarget } from '../contracts';
import { periodsOf, standardsInForce, type Standard, type StandardPeriod } from '../domain';

export const TARGET_KINDS = ['max_days', 'immediate', 'at_counter', 'min_share'] as const satisfies readonly StandardTarget['kind'][];

export class TargetView {
  /** max_days: within N calendar days; immediate; at_counter ("a vista allo sportello"); min_share: at least N%. */
  @ApiProperty({ enum: TARGET_KINDS })
  kind: StandardTarget['kind'];

  /** For max_days. */
  @ApiPropertyOptional({ example: 30 })
  days?: number;

  /** For min_share, 0-100. */
  @ApiPropertyOptional({ example: 80 })
  percent?: number;
}

/** One version of a standard and the days it applies. */
export class StandardVersionView {
  @ApiProperty({ example: 'Risposta definitiva entro 30 giorni dal ricevimento' })
  indicator: string;

  target: TargetView;

  @ApiProperty({ format: 'date', example: '2025-01-01' })
  effectiveFrom: RomeDate;

  /** Last day it applies (inclusive); null while open-ended. */
  @ApiProperty({ format: 'date', type: String })
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

  /** Null: every kind of case. */
  @ApiProperty({ enum: CASE_KINDS, isArray: true })
  appliesTo: CaseKind[] | null;

  /** First day it no longer applies, once retired. */
  @ApiProperty({ format: 'date', type: String })
  retiredFrom: RomeDate | null;

  /** Oldest first. */
  versions: StandardVersionView[];

  /** The version in force on the day asked (today unless ?on= is given); null when none is. */
  inForce: StandardVersionView | null;

  /** Revision of the standard stream: send it back as If-Match. */
  @ApiProperty({ example: 1 })
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
