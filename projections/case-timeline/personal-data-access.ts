/**
 * Who reads which personal data on a case file. Operators and admins handle the citizen's
 * request and see all of it; the referent of the case's sector drafts the answer and may
 * write to the citizen, so sees the texts and contacts but not the fiscal code; managers
 * and auditors work on figures and history, and see none.
 */
import type { Role } from '../../src/auth';

export const PERSONAL_DATA_ACCESS = ['full', 'without_fiscal_code', 'none'] as const;
export type PersonalDataAccess = (typeof PERSONAL_DATA_ACCESS)[number];

const ACCESS_BY_ROLE: Record<Role, PersonalDataAccess> = {
  operator: 'full',
  admin: 'full',
  referent: 'without_fiscal_code',
  manager: 'none',
  auditor: 'none',
};

export function personalDataAccessOf(role: Role): PersonalDataAccess {
  return ACCESS_BY_ROLE[role];
}
