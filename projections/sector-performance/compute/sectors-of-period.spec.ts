import { at, clockRecord } from '../testing/fact-fixtures';
import { sectorsOfPeriod } from './sectors-of-period';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };

describe('the sectors a period lists', () => {
  it('leaves out a sector dissolved before the period, unless the period’s facts name it; names unknown sectors by id', () => {
    const sectors = [
      { sectorId: 't', name: 'Tributi', dissolvedAt: null },
      { sectorId: 'e', name: 'Economato', dissolvedAt: at('2026-02-01') },
      { sectorId: 'c', name: 'Cultura', dissolvedAt: at('2026-01-15') },
      { sectorId: 'a', name: 'Ambiente', dissolvedAt: at('2026-05-01') },
    ];
    const facts = { clocks: [clockRecord({ sectorId: 'c' }), clockRecord({ sectorId: 'x' })], routings: [] };
    expect(sectorsOfPeriod(sectors, facts, Q2).map((s) => s.name)).toEqual(['Ambiente', 'Cultura', 'Tributi', 'x']);
  });
});
