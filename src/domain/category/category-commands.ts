import type { CaseKind, Instant, RomeDate } from '../../contracts';
import type { Actor } from '../shared/actor';

interface CategoryCommandBase {
  code: string;
  actor: Actor;
  at: Instant;
}

/** What an admin says a category is, from `effectiveFrom` on. */
export interface CategoryFields {
  label: string;
  kinds: readonly CaseKind[];
  defaultSectorId: string | null;
  effectiveFrom: RomeDate;
}

export interface AddCategory extends CategoryCommandBase, CategoryFields {
  type: 'AddCategory';
}

export interface ReviseCategory extends CategoryCommandBase, CategoryFields {
  type: 'ReviseCategory';
}

export interface RetireCategory extends CategoryCommandBase {
  type: 'RetireCategory';
  effectiveFrom: RomeDate;
}

export type CategoryCommand = AddCategory | ReviseCategory | RetireCategory;
export type CategoryCommandType = CategoryCommand['type'];
