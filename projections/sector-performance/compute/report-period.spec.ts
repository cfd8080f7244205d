import { isValidPeriod, namedPeriod, periodBounds, yearPeriod } from './report-period';

describe('report periods', () => {
  it('a year, a quarter or a month by name', () => {
    expect(namedPeriod('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(namedPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(namedPeriod('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(namedPeriod('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(namedPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(namedPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(namedPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('anything else is not a period name', () => {
    for (const name of ['2026-13', '2026-00', '2026-Q5', '26', '2026-1', '2026-q1', '2026-03-01', '']) {
      expect(namedPeriod(name)).toBeNull();
    }
  });

  it('covers Rome days: from the midnight that starts the first to the midnight that ends the last', () => {
    expect(periodBounds({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      start: '2026-02-28T23:00:00.000Z', // winter time
      end: '2026-03-31T22:00:00.000Z', // summer time since 29 March
    });
  });

  it('is valid when both dates are real and in order', () => {
    expect(isValidPeriod({ from: '2026-01-01', to: '2026-01-01' })).toBe(true);
    expect(isValidPeriod({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(isValidPeriod({ from: '2026-02-30', to: '2026-03-31' })).toBe(false);
  });
});
