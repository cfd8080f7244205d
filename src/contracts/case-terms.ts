/**
 * The numbers that drive a case's clocks. They come from the quality charter in force
 * (and the office's own settings) and are recorded in the events that start a clock, so
 * a replay years later knows which terms applied, whatever the charter says today.
 */
export interface CaseTerms {
  /** Calendar days from receipt to the final reply. */
  finalReplyDays: number;
  /** Calendar days from routing for the sector to take charge before the first reminder. */
  takeChargeDays: number;
  /** Calendar days between one reminder and the next while the sector has not taken charge. */
  reminderRepeatDays: number;
  /** How many days before the final-reply due date a case counts as "due soon". */
  dueSoonDays: number;
}

/** The part of the terms that the final-reply clock uses: fixed at receipt (or reopening). */
export type FinalReplyTerms = Pick<CaseTerms, 'finalReplyDays' | 'dueSoonDays'>;

/** The part of the terms that the take-charge clock uses: fixed at each routing. */
export type TakeChargeTerms = Pick<CaseTerms, 'takeChargeDays' | 'reminderRepeatDays'>;
