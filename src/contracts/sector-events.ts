/** Events of a sector stream (`sector-${sectorId}`): the municipal units cases are routed to. */
import type { DomainEvent, Instant } from './event';

/** A municipal sector (settore) was set up to receive cases. */
export type SectorEstablished = DomainEvent<
  'SectorEstablished',
  { sectorId: string; name: string; slug: string; establishedAt: Instant }
>;

/** A staff member became one of the sector's referents (referente di settore). */
export type SectorReferentAppointed = DomainEvent<
  'SectorReferentAppointed',
  {
    sectorId: string;
    userId: string;
    displayName: string;
    /** The referent's work address, where routings and reminders are sent (optional). */
    email?: string;
    appointedAt: Instant;
  }
>;

/** A referent stopped acting for the sector. */
export type SectorReferentRemoved = DomainEvent<
  'SectorReferentRemoved',
  { sectorId: string; userId: string; removedAt: Instant }
>;

/** The sector changed its name or slug (reports show the name of the time). */
export type SectorRenamed = DomainEvent<
  'SectorRenamed',
  { sectorId: string; name: string; slug: string; previousName: string; previousSlug: string; renamedAt: Instant }
>;

/** The sector no longer exists; its history stays. */
export type SectorDissolved = DomainEvent<'SectorDissolved', { sectorId: string; dissolvedAt: Instant }>;

export type SectorEvent =
  | SectorEstablished
  | SectorReferentAppointed
  | SectorReferentRemoved
  | SectorRenamed
  | SectorDissolved;

export type SectorEventType = SectorEvent['type'];
