/** What verify-chain reports: the shape the CLI prints and GET /audit/chain/verification returns. */
import type { Position } from '../event-store/event-store.port';

/**
 * - content_changed: the event at the link's position is not what was chained (data,
 *   metadata, type, id, stream or revision differ);
 * - event_missing: the chained event is no longer in the store;
 * - event_inserted: the store has an event, before the end of the chain, that was never chained;
 * - chain_broken: the chain table itself is inconsistent (a link missing, a link that does
 *   not continue the one before it, links out of global order).
 */
export type MismatchReason = 'content_changed' | 'event_missing' | 'event_inserted' | 'chain_broken';

export interface ChainMismatch {
  /** The link where the walk stopped. */
  sequence: number;
  /** The event's position (the link's when the event is gone); null only for a missing link with no event. */
  position: Position | null;
  eventId: string | null;
  /** null when the event is not in the store. */
  streamName: string | null;
  revision: number | null;
  /**
   * The hash recomputed from the events, and the one stored in the chain table. For a link
   * that does not continue the one before it, the two previous-hash values instead.
   */
  expectedHash: string | null;
  storedHash: string | null;
  reason: MismatchReason;
  /** One sentence for people. */
  detail: string;
}

export interface PublishedHeadCheck {
  sequence: number;
  publishedHash: string;
  /** null when the chain has no such link any more (or not yet). */
  storedHash: string | null;
  matches: boolean;
}

export interface ChainVerification {
  /** Events read from the store and found consistent (up to the mismatch, if any). */
  checkedEvents: number;
  /** Links verified (up to the mismatch, if any). */
  chainedEvents: number;
  firstMismatch: ChainMismatch | null;
  /** Events after the last link: not chained yet (the chainer lags, or is not running). */
  unchainedTail: number;
  /** The last link when the walk began: everything up to it was verified, when there is no mismatch. */
  head: { sequence: number; hash: string };
  /** Present when a previously published head was given to compare with. */
  publishedHead?: PublishedHeadCheck;
}

/** Whether the verification found anything wrong: what the CLI's exit code says. */
export function isIntact(verification: ChainVerification): boolean {
  return verification.firstMismatch === null && (verification.publishedHead?.matches ?? true);
}
