/**
 * The timeliness facts of one case, folded from its events: how many calendar days the
 * sector took to take charge and the URP or sector to send the final reply, each against
 * the term the events recorded (never recomputed from today's rules). Pure.
 */
import { type CaseEvent, type Instant, type RomeDate, calendarDaysBetween, romeDate } from '../../src/read-side';
import type { CaseSummary } from '../shared/case-summary';
import { occurredAt } from '../shared/contract-events';

export interface CaseTimes {
  caseId: string;
  sectorId: string | null;
  routedAt: Instant | null;
  routedDueDate: RomeDate | null;
  takeChargeDays: number | null;
  takeChargeTermDays: number | null;
  takenWithinTerm: boolean | null;
  takenAt: Instant | null;
  finalReplyDays: number | null;
  finalReplyTermDays: number | null;
  repliedWithinTerm: boolean | null;
  repliedAt: Instant | null;
  feedbackScore: number | null;
}

export function emptyCaseTimes(caseId: string): CaseTimes {
  return {
    caseId,
    sectorId: null,
    routedAt: null,
    routedDueDate: null,
    takeChargeDays: null,
    takeChargeTermDays: null,
    takenWithinTerm: null,
    takenAt: null,
    finalReplyDays: null,
    finalReplyTermDays: null,
    repliedWithinTerm: null,
    repliedAt: null,
    feedbackScore: null,
  };
}

/** `before` is the case summary as it stood before the event. */
export function evolveCaseTimes(times: CaseTimes, before: CaseSummary | undefined, event: CaseEvent): CaseTimes {
  switch (event.type) {
    case 'CaseReceived':
      return emptyCaseTimes(event.data.caseId);
    case 'CaseRouted':
      return { ...times, sectorId: event.data.sectorId, routedAt: occurredAt(event), routedDueDate: event.data.takeChargeDueDate };
    case 'CaseTakenInCharge': {
      if (!times.routedAt || !times.routedDueDate) return { ...times, sectorId: event.data.sectorId };
      const routedOn = romeDate(times.routedAt);
      const takenOn = romeDate(occurredAt(event));
      return {
        ...times,
        sectorId: event.data.sectorId,
        takenAt: occurredAt(event),
        takeChargeDays: calendarDaysBetween(routedOn, takenOn),
        takeChargeTermDays: calendarDaysBetween(routedOn, times.routedDueDate),
        takenWithinTerm: takenOn <= times.routedDueDate,
      };
    }
    case 'FinalReplySent': {
      if (!before) return times;
      const receivedOn = romeDate(before.receivedAt);
      const repliedOn = romeDate(occurredAt(event));
      return {
        ...times,
        repliedAt: occurredAt(event),
        finalReplyDays: calendarDaysBetween(receivedOn, repliedOn),
        finalReplyTermDays: calendarDaysBetween(receivedOn, before.finalReplyDueDate),
        repliedWithinTerm: repliedOn <= before.finalReplyDueDate,
      };
    }
    case 'SatisfactionFeedbackGiven':
      return { ...times, feedbackScore: event.data.score };
    default:
      return times;
  }
}
