/**
 * The terms a case gets from the charter in force on a date. Where no standard covers a
 * term, the law and the sources give the default:
 * - final reply: 30 days from receipt (L. 241/1990 art. 2; Ancona charter, "30 gg dal ricevimento");
 * - take charge: 10 days from routing, then a reminder (UrpOnLine, "sollecito dopo dieci giorni");
 * - civic access: 30 days (D.Lgs. 33/2013 art. 5): a standard may promise less, never more.
 * Reminder cadence and the due-soon window are the office's own settings, not promises.
 */
import type { CaseKind, CaseTerms, RomeDate, StandardMeasure, StandardTarget } from '../../contracts';
import type { Standard } from './charter-decider';
import { standardsInForce, type StandardInForce } from './standards-in-force';

export const DEFAULT_FINAL_REPLY_DAYS = 30;
export const DEFAULT_TAKE_CHARGE_DAYS = 10;
export const CIVIC_ACCESS_MAX_DAYS = 30;

/** Office settings that are not charter promises. */
export interface OfficeSettings {
  reminderRepeatDays: number;
  dueSoonDays: number;
}

/** The sources give only the first reminder, after ten days; the office keeps chasing at that pace. */
export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = { reminderRepeatDays: 10, dueSoonDays: 5 };

export function caseTermsAt(
  standards: readonly Standard[],
  date: RomeDate,
  kind: CaseKind | null,
  office: OfficeSettings = DEFAULT_OFFICE_SETTINGS,
): CaseTerms {
  const inForce = standardsInForce(standards, date);
  const finalReplyDays = promisedDays(inForce, 'final_reply_days', kind) ?? DEFAULT_FINAL_REPLY_DAYS;
  return {
    finalReplyDays: kind === 'civic_access' ? Math.min(finalReplyDays, CIVIC_ACCESS_MAX_DAYS) : finalReplyDays,
    takeChargeDays: promisedDays(inForce, 'take_charge_days', kind) ?? DEFAULT_TAKE_CHARGE_DAYS,
    reminderRepeatDays: office.reminderRepeatDays,
    dueSoonDays: office.dueSoonDays,
  };
}

/**
 * The days promised for a measure to a kind: a standard naming the kind wins over a
 * general one; among equals the strictest promise is the one the office must keep.
 */
function promisedDays(
  inForce: readonly StandardInForce[],
  measure: StandardMeasure,
  kind: CaseKind | null,
): number | null {
  const covering = inForce.filter((s) => s.measure === measure && covers(s, kind));
  const specific = covering.filter((s) => s.appliesTo !== null);
  const days = (specific.length > 0 ? specific : covering)
    .map((s) => daysOf(s.target))
    .filter((d): d is number => d !== null);
  return days.length > 0 ? Math.min(...days) : null;
}

/** A standard with no kinds covers every case, even an unclassified one. */
function covers(standard: StandardInForce, kind: CaseKind | null): boolean {
  return standard.appliesTo === null || (kind !== null && standard.appliesTo.includes(kind));
}

/** "Immediate" and "at the counter" are due the same day. */
function daysOf(target: StandardTarget): number | null {
  switch (target.kind) {
    case 'max_days':
      return target.days;
    case 'immediate':
    case 'at_counter':
      return 0;
    case 'min_share':
      return null;
  }
}
