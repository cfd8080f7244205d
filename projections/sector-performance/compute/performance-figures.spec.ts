import { at, clockRecord, repliedClock, routingRecord, takenRouting } from '../testing/fact-fixtures';
import { performanceFigures } from './performance-figures';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const AS_OF = at('2026-06-30');

describe('performance figures over a period', () => {
  const clocks = [
    repliedClock(10, { caseId: 'c1', startedAt: at('2026-03-02'), feedbackScore: 5, feedbackAt: at('2026-03-13') }),
    repliedClock(40, { caseId: 'c2', startedAt: at('2026-03-05'), feedbackScore: 2, feedbackAt: at('2026-04-15') }),
    clockRecord({ caseId: 'c3', startedAt: at('2026-02-20'), dueDate: '2026-03-22' }),
    clockRecord({ caseId: 'c4', startedAt: at('2026-03-20'), dueDate: '2026-04-19', interimReplyEventIds: ['i1', 'i2'], extensionEventIds: ['x1'] }),
    clockRecord({ caseId: 'c5', startedAt: at('2026-04-02'), dueDate: '2026-05-02' }),
    repliedClock(9, { caseId: 'c6', startedAt: at('2026-02-01'), reopenedAt: at('2026-03-15'), reopenedEventId: 'r' }),
    repliedClock(3, { caseId: 'c6', clockNo: 1, startedBy: 'reopened', startedAt: at('2026-03-15'), overdueMarkedAt: at('2026-03-16') }),
  ];
  const routings = [
    takenRouting(2, { caseId: 'c1', routedAt: at('2026-03-03') }),
    takenRouting(12, { caseId: 'c2', routedAt: at('2026-03-06'), reminderEventIds: ['m1'] }),
    routingRecord({ caseId: 'c4', routedAt: at('2026-03-25') }),
    takenRouting(1, { caseId: 'c3', routedAt: at('2026-02-25') }),
    routingRecord({ caseId: 'c7', routedAt: at('2026-03-10'), handedBackAt: at('2026-03-13'), endedAt: at('2026-03-13'), endedBy: 'handed_back' }),
  ];
  const figures = performanceFigures({ clocks, routings, period: MARCH, asOf: AS_OF, minSample: 3 });

  it('counts the cases received in the period, by kind and channel', () => {
    expect(figures.received.total).toBe(3);
    expect(figures.received.byKind.find((k) => k.kind === 'report')).toEqual({ kind: 'report', count: 3 });
    expect(figures.received.byKind.map((k) => k.kind)).toEqual(['report', 'complaint', 'suggestion', 'appreciation', 'information_request', 'civic_access', 'unclassified']);
    expect(figures.received.byChannel.find((c) => c.channel === 'email')?.count).toBe(3);
  });

  it('measures the final-reply clocks started in the period, reopened ones included, as they stand today', () => {
    expect(figures.finalReplies).toEqual({
      clocksStarted: 4,
      replied: 3,
      timeToFinalReplyDays: {
        median: { value: 10, sampleSize: 3, lowSample: false },
        p90: { value: 40, sampleSize: 3, lowSample: false },
        mean: { value: 53 / 3, sampleSize: 3, lowSample: false },
      },
      // c1 and the reopened c6 within; c2 replied late; c4 unanswered well past its term.
      withinStandard: { value: 0.5, sampleSize: 4, lowSample: false },
      withinDueDate: { value: 0.5, sampleSize: 4, lowSample: false },
      interimReplies: 2,
      clocksWithInterimReplies: 1,
      extensions: 1,
      markedOverdue: 1,
    });
  });

  it('measures the routings made in the period', () => {
    expect(figures.routing).toEqual({
      routed: 4,
      takenInCharge: 2,
      awaitingTakeCharge: 1,
      handedBack: 1,
      remindersSent: 1,
      routingsWithReminders: 1,
      reminderShare: { value: 0.25, sampleSize: 4, lowSample: false },
      timeToTakeChargeDays: {
        median: { value: 7, sampleSize: 2, lowSample: true },
        p90: { value: 12, sampleSize: 2, lowSample: true },
        mean: { value: 7, sampleSize: 2, lowSample: true },
      },
      // Taken in 2 days; taken in 12; still waiting after 97; the hand-back after 3 days is not judged.
      takeChargeWithinStandard: { value: 1 / 3, sampleSize: 3, lowSample: false },
    });
  });

  it('takes the open and overdue clocks at the end of the period, whenever they started', () => {
    // c2 (answered in April), c3 (due 22 March: overdue), c4.
    expect(figures.periodEnd).toEqual({ at: '2026-03-31T22:00:00.000Z', open: 3, overdue: 1 });
  });

  it('counts reopenings and survey answers in the period they happened', () => {
    expect(figures.reopenings).toBe(1);
    expect(figures.satisfaction).toEqual({
      closures: 2,
      answers: 1,
      positiveAnswers: 1,
      answerRate: { value: 0.5, sampleSize: 2, lowSample: true },
      positiveShare: { value: 1, sampleSize: 1, lowSample: true },
      averageScore: { value: 5, sampleSize: 1, lowSample: true },
    });
  });

  it('a period not over yet is seen as of today', () => {
    const inProgress = performanceFigures({ clocks, routings, period: { from: '2026-03-01', to: '2026-12-31' }, asOf: AS_OF, minSample: 3 });
    expect(inProgress.periodEnd.at).toBe(AS_OF);
  });
});
