import type { IdentifierKind } from './blind-index';

/** An admin looked a citizen up by an identifier (audit): which kind, why, and what was found; never the identifier. */
export const CITIZEN_LOOKED_UP = 'CitizenLookedUp';

export interface CitizenLookedUpData {
  lookupId: string;
  identifierKind: IdentifierKind;
  purpose: string;
  /** null when no citizen has this identifier. */
  citizenId: string | null;
  lookedUpAt: string;
}

/** One stream per lookup: lookups never contend with each other nor with the citizen's erasure. */
export const citizenLookupStream = (lookupId: string): string => `citizen-lookup-${lookupId}`;
