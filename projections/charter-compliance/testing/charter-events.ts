/** Contract-shaped charter events for the specs. */
import type { CaseKind, CharterEvent, RomeDate, StandardMeasure, StandardTarget } from '../../../src/read-side';

export interface AdoptionFields {
  standardId: string;
  code: string;
  measure: StandardMeasure;
  target: StandardTarget;
  effectiveFrom: RomeDate;
  appliesTo?: CaseKind[] | null;
  indicator?: string;
  service?: string;
}

export function adopted(fields: AdoptionFields): CharterEvent {
  return {
    type: 'CharterStandardAdopted',
    data: {
      standardId: fields.standardId,
      code: fields.code,
      service: fields.service ?? 'Gestione segnalazioni, reclami e suggerimenti',
      indicator: fields.indicator ?? `Indicatore ${fields.code}`,
      measure: fields.measure,
      target: fields.target,
      appliesTo: fields.appliesTo === undefined ? null : fields.appliesTo,
      effectiveFrom: fields.effectiveFrom,
      adoptedAt: `${fields.effectiveFrom}T08:00:00.000Z`,
    },
  };
}

export function revised(standardId: string, target: StandardTarget, effectiveFrom: RomeDate, indicator = 'Indicatore rivisto'): CharterEvent {
  return { type: 'CharterStandardRevised', data: { standardId, indicator, target, effectiveFrom, revisedAt: '2026-06-15T10:00:00.000Z' } };
}

export function retired(standardId: string, effectiveFrom: RomeDate): CharterEvent {
  return { type: 'CharterStandardRetired', data: { standardId, effectiveFrom, retiredAt: '2026-06-15T10:00:00.000Z' } };
}
