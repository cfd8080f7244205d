import { atRomeTime, isWorkingDay, officeMoment } from '../../src/demo/demo-calendar';
import { Prng } from '../../src/demo/prng';

describe('the demo generator helpers', () => {
  it('places office hours in Rome time, across daylight saving changes', () => {
    expect(atRomeTime('2025-01-15', 9).toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(atRomeTime('2025-07-15', 9).toISOString()).toBe('2025-07-15T07:00:00.000Z');
    // The days the clocks change: 30 March and 26 October 2025.
    expect(atRomeTime('2025-03-30', 9, 30).toISOString()).toBe('2025-03-30T07:30:00.000Z');
    expect(atRomeTime('2025-10-26', 9, 30).toISOString()).toBe('2025-10-26T08:30:00.000Z');
  });

  it('keeps offices closed at weekends and on national holidays', () => {
    expect(isWorkingDay('2025-04-24')).toBe(true);
    expect(isWorkingDay('2025-04-25')).toBe(false); // Liberazione
    expect(isWorkingDay('2025-04-26')).toBe(false); // Saturday
    const rng = new Prng(1);
    for (let i = 0; i < 50; i++) {
      const moment = officeMoment(rng, '2025-04-25');
      expect(moment.toISOString().slice(0, 10)).toBe('2025-04-28');
    }
  });

  it('draws the same numbers from the same seed, and unrelated ones from forks', () => {
    const draws = (rng: Prng) => Array.from({ length: 5 }, () => rng.int(1, 1000));
    expect(draws(new Prng(42))).toEqual(draws(new Prng(42)));
    expect(draws(new Prng(42))).not.toEqual(draws(new Prng(43)));
    expect(draws(new Prng(1).fork('a'))).not.toEqual(draws(new Prng(2).fork('b')));
    const rng = new Prng(9);
    const shares = Array.from({ length: 20_000 }, () => rng.weighted([['a', 3], ['b', 1]] as const));
    expect(shares.filter((x) => x === 'a').length / shares.length).toBeCloseTo(0.75, 1);
  });
});
