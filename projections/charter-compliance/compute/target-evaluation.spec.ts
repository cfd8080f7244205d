import { figure } from '../../sector-performance/compute/figures';
import { evaluate, requiredShare, targetDays } from './target-evaluation';
import { DEFAULT_THRESHOLDS } from './thresholds';

const measured = (value: number | null) => figure(value, 20, 10);

describe('met or not met, per kind of target', () => {
  it('a time target allows its days; immediate and at the counter allow the same day only', () => {
    expect(targetDays({ kind: 'max_days', days: 30 })).toBe(30);
    expect(targetDays({ kind: 'immediate' })).toBe(0);
    expect(targetDays({ kind: 'at_counter' })).toBe(0);
    expect(targetDays({ kind: 'min_share', percent: 60 })).toBeNull();
  });

  it('max_days, immediate and at the counter are met when the office threshold of cases is within them', () => {
    for (const target of [{ kind: 'max_days', days: 30 }, { kind: 'immediate' }, { kind: 'at_counter' }] as const) {
      const required = requiredShare('final_reply_days', target, DEFAULT_THRESHOLDS);
      expect(required).toBe(0.9);
      expect(evaluate(measured(0.9), required)).toBe('met');
      expect(evaluate(measured(0.89), required)).toBe('not_met');
    }
    expect(requiredShare('take_charge_days', { kind: 'max_days', days: 10 }, { ...DEFAULT_THRESHOLDS, timeStandardMinShare: 0.95 })).toBe(0.95);
  });

  it('min_share is met at its own percentage', () => {
    const required = requiredShare('survey_positive_share', { kind: 'min_share', percent: 80 }, DEFAULT_THRESHOLDS);
    expect(required).toBe(0.8);
    expect(evaluate(measured(0.8), required)).toBe('met');
    expect(evaluate(measured(0.79), required)).toBe('not_met');
  });

  it('a target that does not fit its measure, or nothing measured, cannot be judged', () => {
    expect(requiredShare('final_reply_days', { kind: 'min_share', percent: 80 }, DEFAULT_THRESHOLDS)).toBeNull();
    expect(requiredShare('survey_answer_rate', { kind: 'max_days', days: 3 }, DEFAULT_THRESHOLDS)).toBeNull();
    expect(evaluate(measured(0.95), null)).toBe('not_measurable');
    expect(evaluate(measured(null), 0.9)).toBe('not_measurable');
    expect(evaluate({ value: 1, sampleSize: 6, lowSample: true }, 0.9)).toBe('not_measurable');
  });
});
