import { at, clockRecord, repliedClock } from '../testing/fact-fixtures';
import { isOpenAt, isOverdueAt } from './period-end';

const END_OF_MARCH = '2026-03-31T22:00:00.000Z';

describe('clocks at the end of a period', () => {
  it('open: started before, neither closed nor merged before', () => {
    expect(isOpenAt(clockRecord({ startedAt: at('2026-03-10') }), END_OF_MARCH)).toBe(true);
    expect(isOpenAt(clockRecord({ startedAt: at('2026-04-02') }), END_OF_MARCH)).toBe(false);
    expect(isOpenAt(repliedClock(5, { startedAt: at('2026-03-10') }), END_OF_MARCH)).toBe(false);
    expect(isOpenAt(repliedClock(40, { startedAt: at('2026-03-10') }), END_OF_MARCH)).toBe(true);
    expect(isOpenAt(clockRecord({ startedAt: at('2026-03-10'), mergedAt: at('2026-03-11') }), END_OF_MARCH)).toBe(false);
  });

  it('overdue: open with no reply after the end of its due date, unless waiting for the citizen', () => {
    expect(isOverdueAt(clockRecord({ startedAt: at('2026-02-01'), dueDate: '2026-03-03' }), END_OF_MARCH)).toBe(true);
    // Due on the period's last day: the period ends with that day, so it ends overdue.
    expect(isOverdueAt(clockRecord({ startedAt: at('2026-02-01'), dueDate: '2026-03-31' }), END_OF_MARCH)).toBe(true);
    expect(isOverdueAt(clockRecord({ startedAt: at('2026-02-01'), dueDate: '2026-04-01' }), END_OF_MARCH)).toBe(false);
    expect(isOverdueAt(clockRecord({ startedAt: at('2026-02-01'), dueDate: '2026-03-03', suspendedSince: at('2026-02-20') }), END_OF_MARCH)).toBe(false);
  });
});
