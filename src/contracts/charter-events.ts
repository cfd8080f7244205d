/**
 * Events of a charter standard stream (`charter-standard-${standardId}`): the promises
 * published in the Carta della Qualità dei Servizi, each with the dates it applies from,
 * so that a year's report measures against the standards of that year.
 */
import type { DomainEvent, Instant, RomeDate } from './event';
import type { CaseKind } from './vocabulary';

/** What a standard measures. */
export const STANDARD_MEASURES = [
  'final_reply_days', // calendar days from receipt to the final reply
  'take_charge_days', // calendar days from routing to take-charge
  'survey_positive_share', // share of survey answers that are positive
  'survey_answer_rate', // share of closed cases whose citizen answered the survey
] as const;
export type StandardMeasure = (typeof STANDARD_MEASURES)[number];

/** Measures expressed as a time, whose targets are days (or immediate / at the counter). */
export const TIME_MEASURES: readonly StandardMeasure[] = ['final_reply_days', 'take_charge_days'];

/** The promised level. */
export type StandardTarget =
  | { kind: 'max_days'; days: number } // within N calendar days
  | { kind: 'immediate' } // "risposta immediata"
  | { kind: 'at_counter' } // "a vista allo sportello"
  | { kind: 'min_share'; percent: number }; // at least N% (e.g. positive survey answers)

/** A standard was adopted in the charter, in force from `effectiveFrom`. */
export type CharterStandardAdopted = DomainEvent<
  'CharterStandardAdopted',
  {
    standardId: string;
    /** The charter's own label for it, e.g. 'URP-03'. */
    code: string;
    /** The service it belongs to, e.g. 'Gestione segnalazioni, reclami e suggerimenti'. */
    service: string;
    /** The published wording of the indicator. */
    indicator: string;
    measure: StandardMeasure;
    target: StandardTarget;
    /** The case kinds it applies to; null means every kind. */
    appliesTo: CaseKind[] | null;
    effectiveFrom: RomeDate;
    adoptedAt: Instant;
  }
>;

/** A new version of the standard (target and wording) applies from `effectiveFrom`. */
export type CharterStandardRevised = DomainEvent<
  'CharterStandardRevised',
  { standardId: string; indicator: string; target: StandardTarget; effectiveFrom: RomeDate; revisedAt: Instant }
>;

/** The standard no longer applies from `effectiveFrom` (its last day is the day before). */
export type CharterStandardRetired = DomainEvent<
  'CharterStandardRetired',
  { standardId: string; effectiveFrom: RomeDate; retiredAt: Instant }
>;

export type CharterEvent = CharterStandardAdopted | CharterStandardRevised | CharterStandardRetired;

export type CharterEventType = CharterEvent['type'];
