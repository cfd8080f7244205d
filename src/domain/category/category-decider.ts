/**
 * The decider of one category of the office's catalogue (one stream per code): added,
 * revised from a given day, retired from a given day. Versions are kept, so a case is
 * always judged by the category as it read on the day the case was received. Admins only.
 */
import { CASE_KINDS, type ActorRole, type CaseKind, type CategoryEvent, type CategoryTerms, type RomeDate } from '../../contracts';
import { requireRole } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { optionalText, requireInstant, requireOneOf, requireRomeDate, requireText } from '../shared/validation';
import type { CategoryCommand, CategoryFields } from './category-commands';

export const CATEGORY_EDITOR_ROLES: readonly ActorRole[] = ['admin'];

/** Lowercase words, optionally grouped by '/': 'strade/buche'. Stored in clear, so never a name. */
export const CATEGORY_CODE_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_][a-z0-9]+)*)*$/;

export interface Category {
  status: 'active' | 'retired';
  code: string;
  /** Oldest first; each applies from its effectiveFrom until the next one's. */
  versions: CategoryTerms[];
  /** The first day the category takes no new case. */
  retiredFrom: RomeDate | null;
}

export type CategoryState = { status: 'none' } | Category;

export const initialCategoryState = (): CategoryState => ({ status: 'none' });

export function decideCategory(command: CategoryCommand, state: CategoryState): CategoryEvent[] {
  requireRole(command.actor, CATEGORY_EDITOR_ROLES, command.type);
  const at = requireInstant(command.at, 'at');
  if (command.type === 'AddCategory') {
    if (state.status !== 'none') {
      throw new DomainError('CATEGORY_ALREADY_ADDED', `Category ${command.code} is already in the catalogue`, { field: 'code', code: command.code });
    }
    return [{ type: 'CategoryAdded', data: { code: requireCode(command.code), ...requireTerms(command), addedAt: at } }];
  }
  const category = requireActive(state, command.code);
  const effectiveFrom = requireRomeDate(command.effectiveFrom, 'effectiveFrom');
  const latest = category.versions[category.versions.length - 1];
  if (effectiveFrom < latest.effectiveFrom) {
    throw new DomainError(
      'CATEGORY_EFFECTIVE_DATE_NOT_LATER',
      `'effectiveFrom' must not be before ${latest.effectiveFrom}, the day the current version applies from`,
      { field: 'effectiveFrom', value: effectiveFrom, notBefore: latest.effectiveFrom },
    );
  }
  if (command.type === 'RetireCategory') {
    return [{ type: 'CategoryRetired', data: { code: category.code, effectiveFrom, retiredAt: at } }];
  }
  const terms = requireTerms(command);
  // Saving the same terms again changes nothing: no event, so a repeated click is harmless.
  if (sameTerms(terms, latest)) return [];
  return [{ type: 'CategoryRevised', data: { code: category.code, ...terms, revisedAt: at } }];
}

function requireCode(code: unknown): string {
  if (typeof code !== 'string' || code.length > 100 || !CATEGORY_CODE_PATTERN.test(code)) {
    throw new DomainError('INVALID_VALUE', `'code' must be lowercase words separated by '-', '_' or '/', e.g. 'strade/buche'`, {
      field: 'code',
      value: code,
    });
  }
  return code;
}

function requireTerms(fields: CategoryFields): CategoryTerms {
  const kinds = [...new Set(fields.kinds ?? [])].map((kind) => requireOneOf(kind, CASE_KINDS, 'kinds'));
  if (kinds.length === 0) {
    throw new DomainError('INVALID_VALUE', `'kinds' must name at least one kind of case`, { field: 'kinds', allowed: CASE_KINDS });
  }
  return {
    label: requireText(fields.label, 'label'),
    kinds: CASE_KINDS.filter((kind) => kinds.includes(kind)),
    defaultSectorId: optionalText(fields.defaultSectorId),
    effectiveFrom: requireRomeDate(fields.effectiveFrom, 'effectiveFrom'),
  };
}

function sameTerms(a: CategoryTerms, b: CategoryTerms): boolean {
  return a.label === b.label && a.defaultSectorId === b.defaultSectorId && a.kinds.join() === b.kinds.join();
}

function requireActive(state: CategoryState, code: string): Category {
  if (state.status === 'none') throw new DomainError('CATEGORY_NOT_FOUND', `Category ${code} is not in the catalogue`, { code });
  if (state.status === 'retired') throw new DomainError('CATEGORY_RETIRED', `Category ${code} was retired`, { code });
  return state;
}

function termsOf(data: CategoryTerms): CategoryTerms {
  return { label: data.label, kinds: [...data.kinds], defaultSectorId: data.defaultSectorId, effectiveFrom: data.effectiveFrom };
}

export function evolveCategory(state: CategoryState, event: CategoryEvent): CategoryState {
  switch (event.type) {
    case 'CategoryAdded':
      return { status: 'active', code: event.data.code, versions: [termsOf(event.data)], retiredFrom: null };
    case 'CategoryRevised': {
      if (state.status === 'none') return state;
      // A revision from the same day as the latest version replaces it.
      const kept = state.versions.filter((version) => version.effectiveFrom < event.data.effectiveFrom);
      return { ...state, versions: [...kept, termsOf(event.data)] };
    }
    case 'CategoryRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired', retiredFrom: event.data.effectiveFrom };
  }
}

export const categoryDecider: Decider<CategoryCommand, CategoryEvent, CategoryState> = {
  decide: decideCategory,
  evolve: evolveCategory,
  initialState: initialCategoryState,
};

/** The category as it reads on `day`; null before it applies and from its retirement on. */
export function categoryOn(category: Category, day: RomeDate): CategoryTerms | null {
  if (category.retiredFrom !== null && day >= category.retiredFrom) return null;
  const applying = category.versions.filter((version) => version.effectiveFrom <= day);
  return applying.length === 0 ? null : applying[applying.length - 1];
}

/**
 * The category a case names, checked against the catalogue as it read on the day of
 * receipt: it must exist, be in force that day, and take the case's kind (when known).
 * Refusals name the field, `category`, so the caller can point at it.
 */
export function requireCategoryFor(
  catalogue: ReadonlyMap<string, Category>,
  code: string,
  kind: CaseKind | null,
  day: RomeDate,
): CategoryTerms {
  const category = catalogue.get(code);
  if (!category) {
    throw new DomainError('CATEGORY_UNKNOWN', `'category' must be a code of the catalogue (GET /api/v1/categories)`, {
      field: 'category',
      value: code,
    });
  }
  const terms = categoryOn(category, day);
  if (terms === null) {
    throw new DomainError('CATEGORY_NOT_IN_FORCE', `Category ${code} does not take cases on ${day}`, {
      field: 'category',
      value: code,
      day,
      retiredFrom: category.retiredFrom,
    });
  }
  if (kind !== null && !terms.kinds.includes(kind)) {
    throw new DomainError('CATEGORY_NOT_FOR_KIND', `Category ${code} does not take a ${kind}`, {
      field: 'category',
      value: code,
      kind,
      allowedKinds: terms.kinds,
    });
  }
  return terms;
}
