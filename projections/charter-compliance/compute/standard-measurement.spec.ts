import type { CharterEvent } from '../../../src/read-side';
import { at, clockRecord, repliedClock, routingRecord, takenRouting } from '../../sector-performance/testing/fact-fixtures';
import type { FactsInPeriod } from '../../sector-performance/facts/case-facts';
import { evolveStandardRecord, StandardRecord } from '../standards/standard-record';
import { versionsInForceDuring } from '../standards/versions-in-force';
import { adopted, revised } from '../testing/charter-events';
import { measureVersion } from './standard-measurement';
import { DEFAULT_THRESHOLDS } from './thresholds';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const AS_OF = at('2027-02-01');

function versionsOf(events: CharterEvent[]) {
  const record = events.reduce<StandardRecord | undefined>((r, e, i) => evolveStandardRecord(r, e, `e${i}`), undefined)!;
  return versionsInForceDuring([record], YEAR);
}

const days = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('measuring a standard version on its own days', () => {
  const replyStandard = versionsOf([
    adopted({ standardId: 's2', code: 'URP-02', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', appliesTo: ['report'] }),
    revised('s2', { kind: 'max_days', days: 25 }, '2026-07-01'),
  ]);
  const facts: FactsInPeriod = {
    clocks: [
      // First half: nine replies in 28 days and one in 35.
      ...days(9).map((i) => repliedClock(28, { startedAt: at(`2026-02-${String(i + 1).padStart(2, '0')}`) })),
      repliedClock(35, { startedAt: at('2026-03-10') }),
      // Second half: ten replies in 28 days, within the old 30 but not the new 25.
      ...days(10).map((i) => repliedClock(28, { startedAt: at(`2026-09-${String(i + 1).padStart(2, '0')}`) })),
      // A complaint: the standard does not apply to it.
      repliedClock(60, { startedAt: at('2026-09-20'), kind: 'complaint' }),
    ],
    routings: [],
  };

  it('judges the first version on the first half with its 30 days, the revision on the second half with its 25', () => {
    const [first, second] = replyStandard.map((version) => measureVersion(version, facts, AS_OF, DEFAULT_THRESHOLDS));
    expect(first).toMatchObject({ measured: { value: 0.9, sampleSize: 10, lowSample: false }, required: 0.9, result: 'met', reason: null });
    expect(first.days).toEqual({
      median: { value: 28, sampleSize: 10, lowSample: false },
      p90: { value: 28, sampleSize: 10, lowSample: false },
      mean: { value: 28.7, sampleSize: 10, lowSample: false },
    });
    expect(second).toMatchObject({ measured: { value: 0, sampleSize: 10, lowSample: false }, result: 'not_met' });
  });

  it('immediate means a reply on the day of receipt', () => {
    const [immediate] = versionsOf([
      adopted({ standardId: 's1', code: 'URP-01', measure: 'final_reply_days', target: { kind: 'immediate' }, effectiveFrom: '2026-01-01', appliesTo: ['information_request'] }),
    ]);
    const sameDay = { clocks: [repliedClock(0, { kind: 'information_request' }), repliedClock(1, { kind: 'information_request' })], routings: [] };
    expect(measureVersion(immediate, sameDay, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({
      measured: { value: 0.5, sampleSize: 2, lowSample: true },
      result: 'not_measurable',
      reason: 'insufficient_sample',
    });
    const tenCases = { clocks: [...Array.from({ length: 5 }, () => repliedClock(0, { kind: 'information_request' })), ...Array.from({ length: 5 }, () => repliedClock(1, { kind: 'information_request' }))], routings: [] };
    expect(measureVersion(immediate, tenCases, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({ measured: { value: 0.5, sampleSize: 10 }, result: 'not_met', reason: null });
  });

  it('gives no verdict below the minimum sample: 6 cases all in time are no "Rispettato"', () => {
    const [version] = versionsOf([adopted({ standardId: 's1', code: 'URP-04', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2026-01-01' })]);
    const six = { clocks: Array.from({ length: 6 }, () => repliedClock(3)), routings: [] };
    expect(measureVersion(version, six, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({
      measured: { value: 1, sampleSize: 6, lowSample: true },
      result: 'not_measurable',
      reason: 'insufficient_sample',
    });
    expect(measureVersion(version, six, AS_OF, { ...DEFAULT_THRESHOLDS, minSample: 6 })).toMatchObject({ result: 'met', reason: null });
  });

  it('take-charge standards measure the routings made on the version’s days', () => {
    const [takeCharge] = versionsOf([
      adopted({ standardId: 's3', code: 'URP-03', measure: 'take_charge_days', target: { kind: 'max_days', days: 10 }, effectiveFrom: '2026-01-01' }),
    ]);
    const routings = { clocks: [], routings: [takenRouting(3), takenRouting(10), takenRouting(11), routingRecord({ routedAt: at('2026-12-30') })] };
    expect(measureVersion(takeCharge, routings, AS_OF, DEFAULT_THRESHOLDS).measured).toEqual({ value: 2 / 4, sampleSize: 4, lowSample: true });
  });

  it('survey standards measure the closures made on the version’s days', () => {
    const [answerRate] = versionsOf([
      adopted({ standardId: 's5', code: 'URP-05', measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 }, effectiveFrom: '2026-01-01' }),
    ]);
    const [positive] = versionsOf([
      adopted({ standardId: 's6', code: 'URP-06', measure: 'survey_positive_share', target: { kind: 'min_share', percent: 80 }, effectiveFrom: '2026-01-01' }),
    ]);
    const clocks = [
      repliedClock(5, { feedbackScore: 5, feedbackAt: at('2026-03-08') }),
      repliedClock(5, { feedbackScore: 4, feedbackAt: at('2026-03-08') }),
      repliedClock(5, { feedbackScore: 2, feedbackAt: at('2026-03-08') }),
      repliedClock(5),
      clockRecord(), // still open: no survey yet
    ];
    expect(measureVersion(answerRate, { clocks, routings: [] }, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({ measured: { value: 0.75, sampleSize: 4 }, result: 'not_measurable', reason: 'insufficient_sample' });
    expect(measureVersion(positive, { clocks, routings: [] }, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({ measured: { value: 2 / 3, sampleSize: 3 }, result: 'not_measurable' });
    const lowered = { ...DEFAULT_THRESHOLDS, minSample: 3 };
    expect(measureVersion(answerRate, { clocks, routings: [] }, AS_OF, lowered)).toMatchObject({ result: 'met' });
    expect(measureVersion(positive, { clocks, routings: [] }, AS_OF, lowered)).toMatchObject({ result: 'not_met' });
  });

  it('with no case to measure, or a target that does not fit, the version is not measurable and says why', () => {
    const [version] = replyStandard;
    expect(measureVersion(version, { clocks: [], routings: [] }, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({ result: 'not_measurable', reason: 'no_cases' });
    const [mismatch] = versionsOf([
      adopted({ standardId: 's7', code: 'URP-07', measure: 'final_reply_days', target: { kind: 'min_share', percent: 80 }, effectiveFrom: '2026-01-01' }),
    ]);
    expect(measureVersion(mismatch, facts, AS_OF, DEFAULT_THRESHOLDS)).toMatchObject({ result: 'not_measurable', reason: 'target_not_applicable' });
  });
});
