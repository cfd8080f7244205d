import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProposedStandardDto } from '../../projections/reports/what-if/what-if.dto';
import { AdoptStandardDto } from '../../src/charter/adopt-standard/adopt-standard.dto';

/** @AppliesTo() is one rule for the charter's adoption and the what-if's proposal alike. */
describe.each([
  ['AdoptStandardDto', AdoptStandardDto],
  ['ProposedStandardDto', ProposedStandardDto],
] as const)('appliesTo of %s', (_name, dto) => {
  const appliesToViolations = (appliesTo: unknown) => {
    const instance = plainToInstance(dto as new () => object, appliesTo === undefined ? {} : { appliesTo });
    const errors = validateSync(instance).filter((error) => error.property === 'appliesTo');
    return errors.flatMap((error) => Object.keys(error.constraints ?? {})).sort();
  };

  it('accepts absent, null, or each kind once', () => {
    expect(appliesToViolations(undefined)).toEqual([]);
    expect(appliesToViolations(null)).toEqual([]);
    expect(appliesToViolations(['report', 'complaint'])).toEqual([]);
  });

  it('names the rule broken: a kind twice, an unknown kind, not a list', () => {
    expect(appliesToViolations(['report', 'report'])).toEqual(['arrayUnique']);
    expect(appliesToViolations(['report', 'gossip'])).toEqual(['isIn']);
    expect(appliesToViolations('report')).toEqual(expect.arrayContaining(['isArray']));
  });
});
