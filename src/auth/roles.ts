/** Who may do what. Citizens are not users: they reach the public endpoints only. */
export const ROLES = ['operator', 'referent', 'manager', 'auditor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
