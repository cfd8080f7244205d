/** Checking the terms a command brings, and splitting them between the case's two clocks. */
import type { CaseTerms, FinalReplyTerms, TakeChargeTerms } from '../../contracts';
import { DomainError } from '../shared/domain-error';
import { isWholeNumber } from '../shared/validation';

/**
 * Terms are whole days; a reminder cadence of 0 would chase the sector without end.
 * Zero final-reply days is valid: an "immediate" standard is due the same day.
 */
export function requireTerms(terms: CaseTerms | undefined): CaseTerms {
  const valid =
    terms !== undefined &&
    isWholeNumber(terms.finalReplyDays, 0) &&
    isWholeNumber(terms.takeChargeDays, 0) &&
    isWholeNumber(terms.reminderRepeatDays, 1) &&
    isWholeNumber(terms.dueSoonDays, 0);
  if (!valid) {
    throw new DomainError(
      'INVALID_TERMS',
      'Terms must be whole days: finalReplyDays, takeChargeDays, dueSoonDays >= 0 and reminderRepeatDays >= 1',
      { terms },
    );
  }
  return terms;
}

/** The final-reply clock's terms: fixed where the clock starts (receipt, classification, reopening). */
export function finalReplyTermsOf(terms: CaseTerms): FinalReplyTerms {
  return { finalReplyDays: terms.finalReplyDays, dueSoonDays: terms.dueSoonDays };
}

/** The take-charge clock's terms: fixed at each routing. */
export function takeChargeTermsOf(terms: CaseTerms): TakeChargeTerms {
  return { takeChargeDays: terms.takeChargeDays, reminderRepeatDays: terms.reminderRepeatDays };
}
