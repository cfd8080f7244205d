import fc from 'fast-check';
import {
  addCalendarDays,
  calendarDaysBetween,
  endOfRomeDay,
  isInstant,
  isRomeDate,
  normalizeInstant,
  romeDate,
  romeYear,
  startOfRomeDay,
} from './rome-time';

describe('Europe/Rome calendar', () => {
  describe('romeDate', () => {
    it('is the next day in Rome late in a UTC evening (winter, UTC+1)', () => {
      expect(romeDate('2026-01-15T22:59:59Z')).toBe('2026-01-15');
      expect(romeDate('2026-01-15T23:00:00Z')).toBe('2026-01-16');
    });

    it('turns one hour earlier in summer (UTC+2)', () => {
      expect(romeDate('2026-07-15T21:59:59Z')).toBe('2026-07-15');
      expect(romeDate('2026-07-15T22:00:00Z')).toBe('2026-07-16');
    });

    it('reads instants written with an offset', () => {
      expect(romeDate('2026-07-16T00:30:00+02:00')).toBe('2026-07-16');
    });

    it('crosses the year in Rome before it does in UTC', () => {
      expect(romeDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
      expect(romeYear('2025-12-31T23:30:00Z')).toBe(2026);
    });

    it('refuses what is not an instant', () => {
      expect(() => romeDate('yesterday')).toThrow(RangeError);
    });
  });

  describe('startOfRomeDay / endOfRomeDay', () => {
    it('a winter day ends at 23:00Z', () => {
      expect(endOfRomeDay('2026-01-15')).toBe('2026-01-15T23:00:00.000Z');
    });

    it('a summer day ends at 22:00Z', () => {
      expect(endOfRomeDay('2026-07-15')).toBe('2026-07-15T22:00:00.000Z');
    });

    it('the day clocks go forward (29 March 2026) lasts 23 hours', () => {
      expect(startOfRomeDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
      expect(endOfRomeDay('2026-03-29')).toBe('2026-03-29T22:00:00.000Z');
    });

    it('the day clocks go back (25 October 2026) lasts 25 hours', () => {
      expect(startOfRomeDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
      expect(endOfRomeDay('2026-10-25')).toBe('2026-10-25T23:00:00.000Z');
    });

    it('the last instant of a day is still that day, the end is the next one', () => {
      fc.assert(
        fc.property(arbitraryRomeDate(), (date) => {
          const end = Date.parse(endOfRomeDay(date));
          expect(romeDate(new Date(end - 1))).toBe(date);
          expect(romeDate(new Date(end))).toBe(addCalendarDays(date, 1));
          expect(romeDate(startOfRomeDay(date))).toBe(date);
        }),
      );
    });
  });

  describe('addCalendarDays', () => {
    it('counts 30 days across the spring DST change by the calendar, not by hours', () => {
      expect(addCalendarDays('2026-03-10', 30)).toBe('2026-04-09');
    });

    it('rolls over month ends, leap and common Februaries', () => {
      expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
      expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
      expect(addCalendarDays('2028-01-31', 30)).toBe('2028-03-01');
      expect(addCalendarDays('2026-12-15', 30)).toBe('2027-01-14');
    });

    it('goes backwards with a negative count', () => {
      expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    });

    it('is the inverse of calendarDaysBetween', () => {
      fc.assert(
        fc.property(arbitraryRomeDate(), fc.integer({ min: -800, max: 800 }), (date, days) => {
          expect(calendarDaysBetween(date, addCalendarDays(date, days))).toBe(days);
        }),
      );
    });
  });

  describe('calendarDaysBetween', () => {
    it('counts whole calendar days, whatever the DST change in between', () => {
      expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(calendarDaysBetween('2026-10-24', '2026-10-26')).toBe(2);
    });

    it('is negative when the second date comes first', () => {
      expect(calendarDaysBetween('2026-03-05', '2026-03-01')).toBe(-4);
    });
  });

  describe('validation', () => {
    it('knows real calendar dates', () => {
      expect(isRomeDate('2028-02-29')).toBe(true);
      expect(isRomeDate('2026-02-29')).toBe(false);
      expect(isRomeDate('2026-2-1')).toBe(false);
      expect(isRomeDate(20260201)).toBe(false);
    });

    it('wants instants with a zone, never bare local times', () => {
      expect(isInstant('2026-03-01T09:00:00Z')).toBe(true);
      expect(isInstant('2026-03-01T09:00:00.123+01:00')).toBe(true);
      expect(isInstant('2026-03-01T09:00:00')).toBe(false);
      expect(isInstant('2026-03-01')).toBe(false);
      expect(isInstant('2026-13-01T09:00:00Z')).toBe(false);
    });

    it('normalizes instants to UTC', () => {
      expect(normalizeInstant('2026-03-01T10:00:00+01:00')).toBe('2026-03-01T09:00:00.000Z');
    });
  });
});

function arbitraryRomeDate(): fc.Arbitrary<string> {
  return fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 11, 31) })
    .map((millis) => new Date(millis).toISOString().slice(0, 10));
}

describe('romeDate against the platform time zone database', () => {
  const intlRomeDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

  it('agrees with Intl at any instant from 1970 to 2100, including the hours around every clock change', () => {
    // The offset is remembered per UTC hour: this checks that no instant inside an hour, on
    // either side of a change, gets another hour's offset.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (millis) => {
        expect(romeDate(new Date(millis))).toBe(intlRomeDate.format(new Date(millis)));
      }),
      { numRuns: 5000 },
    );
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '1990-09-30T00:00:00Z']) {
      for (const delta of [-3_600_001, -1, 0, 1, 3_599_999, 22 * 3_600_000 + 59 * 60_000]) {
        const at = new Date(Date.parse(change) + delta);
        expect(romeDate(at)).toBe(intlRomeDate.format(at));
      }
    }
  });
});
