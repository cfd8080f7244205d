import type { CaseEvent } from '../../src/read-side';
import type { CaseSummary } from '../shared/case-summary';
import { emptyCaseTimes, evolveCaseTimes } from './case-times';

const CASE = 'c-1';
const summary = { caseId: CASE, receivedAt: '2026-03-02T09:00:00.000Z', finalReplyDueDate: '2026-04-01' } as CaseSummary;
const routed = (routedAt: string, takeChargeDueDate: string) =>
  ({ type: 'CaseRouted', data: { caseId: CASE, sectorId: 's-1', routedAt, takeChargeDueDate } }) as unknown as CaseEvent;
const taken = (takenInChargeAt: string) => ({ type: 'CaseTakenInCharge', data: { caseId: CASE, sectorId: 's-1', takenInChargeAt } }) as unknown as CaseEvent;
const replied = (sentAt: string) => ({ type: 'FinalReplySent', data: { caseId: CASE, sentAt } }) as unknown as CaseEvent;

describe('the timeliness facts of a case', () => {
  it('counts Rome calendar days from routing to take-charge against the term the routing recorded', () => {
    const afterRouting = evolveCaseTimes(emptyCaseTimes(CASE), summary, routed('2026-03-02T23:30:00.000Z', '2026-03-13'));
    // 23:30 UTC is 00:30 of 3 March in Rome: days count from the Rome date.
    const times = evolveCaseTimes(afterRouting, summary, taken('2026-03-14T08:00:00.000Z'));
    expect(times).toMatchObject({ sectorId: 's-1', takeChargeDays: 11, takeChargeTermDays: 10, takenWithinTerm: false });
  });

  it('a redirection restarts the take-charge count from the new routing', () => {
    let times = evolveCaseTimes(emptyCaseTimes(CASE), summary, routed('2026-03-02T09:00:00.000Z', '2026-03-12'));
    times = evolveCaseTimes(times, summary, routed('2026-03-10T09:00:00.000Z', '2026-03-20'));
    times = evolveCaseTimes(times, summary, taken('2026-03-12T09:00:00.000Z'));
    expect(times).toMatchObject({ takeChargeDays: 2, takeChargeTermDays: 10, takenWithinTerm: true });
  });

  it('measures the final reply from receipt against the due date in force when it was sent', () => {
    const onTime = evolveCaseTimes(emptyCaseTimes(CASE), summary, replied('2026-04-01T20:00:00.000Z'));
    expect(onTime).toMatchObject({ finalReplyDays: 30, finalReplyTermDays: 30, repliedWithinTerm: true });
    const late = evolveCaseTimes(emptyCaseTimes(CASE), summary, replied('2026-04-01T22:30:00.000Z'));
    expect(late).toMatchObject({ finalReplyDays: 31, repliedWithinTerm: false });
  });

  it('keeps the survey score', () => {
    const event = { type: 'SatisfactionFeedbackGiven', data: { caseId: CASE, score: 4 } } as unknown as CaseEvent;
    expect(evolveCaseTimes(emptyCaseTimes(CASE), summary, event).feedbackScore).toBe(4);
  });
});
