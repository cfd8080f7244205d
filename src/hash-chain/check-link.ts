/**
 * One step of verify-chain: does the next stored link match the chain so far and the next
 * event of the store? Pure, so every reason can be reasoned about (and tested) without a
 * database. The walk stops at the first mismatch, so `tail` (the last verified link) holds
 * hashes that are both stored and recomputed.
 */
import type { RecordedEvent } from '../event-store/event-store.port';
import { comparePositions, positionToString } from '../event-store/position';
import { ChainLink, ChainTail, nextLink } from './chain-link';
import type { ChainMismatch } from './chain-verification';

export function checkLink(tail: ChainTail, link: ChainLink, event: RecordedEvent | undefined): ChainMismatch | null {
  const broken = missingLink(tail, link, event) ?? brokenLinkage(tail, link, event) ?? outOfOrder(tail, link, event);
  if (broken) return broken;
  if (!event || comparePositions(event.position, link.position) !== 0) return misplacedEvent(tail, link, event);
  return changedContent(tail, link, event);
}

function missingLink(tail: ChainTail, link: ChainLink, event: RecordedEvent | undefined): ChainMismatch | null {
  const sequence = tail.sequence + 1;
  if (link.sequence === sequence) return null;
  return {
    ...eventFields(event),
    sequence,
    expectedHash: event ? nextLink(tail, event).hash : null,
    storedHash: null,
    reason: 'chain_broken',
    detail: `link ${sequence} is missing from the chain table (the next stored link is ${link.sequence})`,
  };
}

function brokenLinkage(tail: ChainTail, link: ChainLink, event: RecordedEvent | undefined): ChainMismatch | null {
  if (link.previousHash === tail.hash) return null;
  return {
    ...linkFields(link, event),
    expectedHash: tail.hash,
    storedHash: link.previousHash,
    reason: 'chain_broken',
    detail: `link ${link.sequence} does not continue link ${tail.sequence}: its previous hash is not that link's hash`,
  };
}

function outOfOrder(tail: ChainTail, link: ChainLink, event: RecordedEvent | undefined): ChainMismatch | null {
  if (!tail.position || comparePositions(link.position, tail.position) > 0) return null;
  return {
    ...linkFields(link, event),
    expectedHash: null,
    storedHash: link.hash,
    reason: 'chain_broken',
    detail: `link ${link.sequence} (position ${positionToString(link.position)}) is not after link ${tail.sequence} in the global order`,
  };
}

/** The store's next event is not at the link's position: one side has an event the other lacks. */
function misplacedEvent(tail: ChainTail, link: ChainLink, event: RecordedEvent | undefined): ChainMismatch {
  if (!event || comparePositions(event.position, link.position) > 0) {
    return {
      ...linkFields(link, undefined),
      expectedHash: null,
      storedHash: link.hash,
      reason: 'event_missing',
      detail: `event ${link.eventId} (position ${positionToString(link.position)}), chained as link ${link.sequence}, is not in the store`,
    };
  }
  return {
    ...eventFields(event),
    sequence: link.sequence,
    expectedHash: nextLink(tail, event).hash,
    storedHash: link.hash,
    reason: 'event_inserted',
    detail: `event ${event.id} (position ${positionToString(event.position)}) is in the store before link ${link.sequence} but was never chained`,
  };
}

function changedContent(tail: ChainTail, link: ChainLink, event: RecordedEvent): ChainMismatch | null {
  const expectedHash = nextLink(tail, event).hash;
  if (expectedHash === link.hash) return null;
  const swapped = event.id.toLowerCase() !== link.eventId.toLowerCase();
  return {
    ...eventFields(event),
    sequence: link.sequence,
    expectedHash,
    storedHash: link.hash,
    reason: 'content_changed',
    detail: swapped
      ? `the event at position ${positionToString(event.position)} is ${event.id}, but link ${link.sequence} chained ${link.eventId}`
      : `event ${event.id} (${event.streamName} revision ${event.revision}) differs from what link ${link.sequence} chained`,
  };
}

type Located = Pick<ChainMismatch, 'sequence' | 'position' | 'eventId' | 'streamName' | 'revision'>;

function eventFields(event: RecordedEvent | undefined): Omit<Located, 'sequence'> {
  if (!event) return { position: null, eventId: null, streamName: null, revision: null };
  return { position: event.position, eventId: event.id, streamName: event.streamName, revision: event.revision };
}

/** The link's own fields, with the stream and revision when the store's event is that link's. */
function linkFields(link: ChainLink, event: RecordedEvent | undefined): Located {
  const same = event !== undefined && comparePositions(event.position, link.position) === 0;
  return {
    sequence: link.sequence,
    position: link.position,
    eventId: link.eventId,
    streamName: same ? event.streamName : null,
    revision: same ? event.revision : null,
  };
}
