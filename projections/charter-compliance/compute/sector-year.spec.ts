import { at, repliedClock, routingRecord, takenRouting } from '../../sector-performance/testing/fact-fixtures';
import { sectorYearResults } from './sector-year';
import { DEFAULT_THRESHOLDS } from './thresholds';

const SECTORS = [{ sectorId: 'lavori-pubblici', name: 'Lavori pubblici', dissolvedAt: null }];
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const AS_OF = at('2027-01-31');

/** `late` of `total` replies after the 30 days, `reminded` of `total` routings reminded. */
function sectorWith(total: number, late: number, reminded: number) {
  const clocks = Array.from({ length: total }, (_, i) => repliedClock(i < late ? 40 : 5));
  const routings = Array.from({ length: total }, (_, i) =>
    i < reminded ? routingRecord({ reminderEventIds: ['reminder'] }) : takenRouting(2),
  );
  return sectorYearResults(SECTORS, { clocks, routings }, YEAR, AS_OF, DEFAULT_THRESHOLDS)[0];
}

describe("a sector's year needs a sample before it is called late", () => {
  it('3 cases, 2 late and 2 reminded, declare nothing: the figures are flagged as a low sample', () => {
    const sector = sectorWith(3, 2, 2);
    expect(sector.repliesWithinStandard).toMatchObject({ sampleSize: 3, lowSample: true });
    expect(sector).toMatchObject({ repliesLate: false, tooManyReminders: false });
  });

  it('at the minimum sample the same shares are late', () => {
    const sector = sectorWith(10, 7, 7);
    expect(sector.repliesWithinStandard).toMatchObject({ value: 0.3, sampleSize: 10, lowSample: false });
    expect(sector).toMatchObject({ repliesLate: true, tooManyReminders: true });
  });
});
