import type { CategoryAdded, CategoryRetired, CategoryRevised } from '../../../contracts';
import type { Actor } from '../../shared/actor';
import { stateFrom } from '../../shared/decider';
import { spec } from '../../testing/decider-spec';
import type { AddCategory, RetireCategory, ReviseCategory } from '../category-commands';
import { categoryDecider, categoryOn, requireCategoryFor, type Category } from '../category-decider';

const given = spec(categoryDecider).given;

const admin: Actor = { id: 'usr-adm', role: 'admin' };
const AT = '2026-03-02T09:00:00.000Z';
const LATER = '2026-05-10T09:00:00.000Z';
const LP = 'sec-lavori-pubblici';

const add = (over: Partial<AddCategory> = {}): AddCategory => ({
  type: 'AddCategory',
  code: 'strade/buche',
  label: 'Buche e manto stradale',
  kinds: ['report', 'complaint'],
  defaultSectorId: LP,
  effectiveFrom: '2026-03-02',
  actor: admin,
  at: AT,
  ...over,
});
const revise = (over: Partial<ReviseCategory> = {}): ReviseCategory => ({
  type: 'ReviseCategory',
  code: 'strade/buche',
  label: 'Buche, avvallamenti e manto stradale',
  kinds: ['report', 'complaint'],
  defaultSectorId: LP,
  effectiveFrom: '2026-06-01',
  actor: admin,
  at: LATER,
  ...over,
});
const retire = (over: Partial<RetireCategory> = {}): RetireCategory => ({
  type: 'RetireCategory',
  code: 'strade/buche',
  effectiveFrom: '2026-07-01',
  actor: admin,
  at: LATER,
  ...over,
});

const added: CategoryAdded = {
  type: 'CategoryAdded',
  data: { code: 'strade/buche', label: 'Buche e manto stradale', kinds: ['report', 'complaint'], defaultSectorId: LP, effectiveFrom: '2026-03-02', addedAt: AT },
};
const revised: CategoryRevised = {
  type: 'CategoryRevised',
  data: {
    code: 'strade/buche',
    label: 'Buche, avvallamenti e manto stradale',
    kinds: ['report', 'complaint'],
    defaultSectorId: LP,
    effectiveFrom: '2026-06-01',
    revisedAt: LATER,
  },
};
const retired: CategoryRetired = { type: 'CategoryRetired', data: { code: 'strade/buche', effectiveFrom: '2026-07-01', retiredAt: LATER } };

describe('A category of the catalogue', () => {
  it('is added with its label, kinds, suggested sector and first day', () => {
    given([]).when(add()).then([added]);
  });

  it('keeps the kinds in the vocabulary order, once each', () => {
    given([]).when(add({ kinds: ['complaint', 'report', 'complaint'] })).then([added]);
  });

  it('needs a code of lowercase words, a label and a kind', () => {
    given([]).when(add({ code: 'persone/Rossi' })).thenThrows('INVALID_VALUE');
    given([]).when(add({ label: ' ' })).thenThrows('TEXT_REQUIRED');
    given([]).when(add({ kinds: [] })).thenThrows('INVALID_VALUE');
    given([]).when(add({ kinds: ['gossip' as never] })).thenThrows('INVALID_VALUE');
    given([]).when(add({ effectiveFrom: '2026-13-01' })).thenThrows('INVALID_DATE');
  });

  it('is added once', () => {
    given([added]).when(add()).thenThrows('CATEGORY_ALREADY_ADDED');
  });

  it('is revised from a later day; the same terms again record nothing', () => {
    given([added]).when(revise()).then([revised]);
    given([added]).when(revise({ label: 'Buche e manto stradale' })).thenNothing();
  });

  it('is never revised or retired from before the version in force', () => {
    given([added, revised]).when(revise({ effectiveFrom: '2026-05-01' })).thenThrows('CATEGORY_EFFECTIVE_DATE_NOT_LATER');
    given([added, revised]).when(retire({ effectiveFrom: '2026-05-01' })).thenThrows('CATEGORY_EFFECTIVE_DATE_NOT_LATER');
  });

  it('is retired, and then accepts nothing more', () => {
    given([added]).when(retire()).then([retired]);
    given([added, retired]).when(revise()).thenThrows('CATEGORY_RETIRED');
    given([added, retired]).when(retire()).thenThrows('CATEGORY_RETIRED');
  });

  it('a category never added cannot be revised or retired', () => {
    given([]).when(revise()).thenThrows('CATEGORY_NOT_FOUND');
    given([]).when(retire()).thenThrows('CATEGORY_NOT_FOUND');
  });

  it.each(['operator', 'manager', 'auditor', 'citizen'] as const)('a %s may not change the catalogue', (role) => {
    given([]).when(add({ actor: { id: 'u', role } })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

describe('The catalogue on a day', () => {
  const category = stateFrom(categoryDecider, [added, revised, retired]) as Category;
  const catalogue = new Map([[category.code, category]]);

  it('shows the version in force that day, and nothing before or after', () => {
    expect(categoryOn(category, '2026-03-01')).toBeNull();
    expect(categoryOn(category, '2026-04-15')?.label).toBe('Buche e manto stradale');
    expect(categoryOn(category, '2026-06-01')?.label).toBe('Buche, avvallamenti e manto stradale');
    expect(categoryOn(category, '2026-07-01')).toBeNull();
  });

  it('gives a case its category and suggested sector', () => {
    expect(requireCategoryFor(catalogue, 'strade/buche', 'report', '2026-04-15').defaultSectorId).toBe(LP);
    expect(requireCategoryFor(catalogue, 'strade/buche', null, '2026-04-15').label).toBe('Buche e manto stradale');
  });

  it('refuses a code not in the catalogue, out of force, or not for the kind, naming the field', () => {
    const expectRefusal = (run: () => unknown, code: string) => {
      try {
        run();
        throw new Error('accepted');
      } catch (error) {
        expect(error).toMatchObject({ code, details: expect.objectContaining({ field: 'category' }) });
      }
    };
    expectRefusal(() => requireCategoryFor(catalogue, 'persone/rossi', 'report', '2026-04-15'), 'CATEGORY_UNKNOWN');
    expectRefusal(() => requireCategoryFor(catalogue, 'strade/buche', 'report', '2026-07-02'), 'CATEGORY_NOT_IN_FORCE');
    expectRefusal(() => requireCategoryFor(catalogue, 'strade/buche', 'civic_access', '2026-04-15'), 'CATEGORY_NOT_FOR_KIND');
  });
});
