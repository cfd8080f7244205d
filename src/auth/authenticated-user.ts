import type { Role } from './roles';

/** The caller of a request, as the guard resolved it from the bearer token and the user's stream. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for referents only: the sector they act for. */
  sectorId?: string;
}
