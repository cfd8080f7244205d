/** One row of the event_hash_chain table, and how the next one follows from an event. */
import type { Position, RecordedEvent } from '../event-store/event-store.port';
import { canonicalEventContent } from './event-content';
import { GENESIS_HASH, linkHash } from './link-hash';

export interface ChainLink {
  /** 1, 2, 3...: the link's place in the chain, dense. */
  sequence: number;
  /** The chained event's global position. */
  position: Position;
  eventId: string;
  hash: string;
  previousHash: string;
}

/** Where the chain ends: what the next link continues from. */
export interface ChainTail {
  sequence: number;
  hash: string;
  /** null before the first link. */
  position: Position | null;
}

export const EMPTY_CHAIN: ChainTail = Object.freeze({ sequence: 0, hash: GENESIS_HASH, position: null });

export function nextLink(tail: ChainTail, event: RecordedEvent): ChainLink {
  return {
    sequence: tail.sequence + 1,
    position: { commit: event.position.commit, prepare: event.position.prepare },
    eventId: event.id,
    hash: linkHash(tail.hash, canonicalEventContent(event)),
    previousHash: tail.hash,
  };
}

export function tailOf(link: ChainLink): ChainTail {
  return { sequence: link.sequence, hash: link.hash, position: link.position };
}

/** The links of consecutive events, continuing `tail`. */
export function linksFor(tail: ChainTail, events: readonly RecordedEvent[]): ChainLink[] {
  const links: ChainLink[] = [];
  let current = tail;
  for (const event of events) {
    const link = nextLink(current, event);
    links.push(link);
    current = tailOf(link);
  }
  return links;
}
