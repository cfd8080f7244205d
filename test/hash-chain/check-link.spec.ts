import { ChainLink, ChainTail, EMPTY_CHAIN, linksFor, tailOf } from '../../src/hash-chain/chain-link';
import { checkLink } from '../../src/hash-chain/check-link';
import type { RecordedEvent } from '../../src/event-store/event-store.port';

function event(n: number): RecordedEvent {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'Noted',
    streamName: `stream-${n % 2}`,
    revision: Math.floor(n / 2),
    position: { commit: 100 + n, prepare: n },
    data: { n },
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'a', role: 'operator' }, recordedAt: '2025-01-01T00:00:00.000Z', schemaVersion: 1 },
    createdAt: new Date(0),
  };
}

const events = [1, 2, 3, 4].map(event);
const links = linksFor(EMPTY_CHAIN, events);
const tailAfter = (count: number): ChainTail => (count === 0 ? EMPTY_CHAIN : tailOf(links[count - 1]));

describe('checkLink', () => {
  it('accepts each link against its own event', () => {
    links.forEach((link, index) => expect(checkLink(tailAfter(index), link, events[index])).toBeNull());
  });

  it('content_changed: the event at the position differs from what was chained', () => {
    const forged = { ...events[2], data: { n: 99 } };
    expect(checkLink(tailAfter(2), links[2], forged)).toMatchObject({
      reason: 'content_changed',
      sequence: 3,
      eventId: forged.id,
      streamName: forged.streamName,
      revision: forged.revision,
      storedHash: links[2].hash,
    });
  });

  it('event_missing: the store has moved on past the chained event, or has nothing left', () => {
    expect(checkLink(tailAfter(1), links[1], events[2])).toMatchObject({ reason: 'event_missing', sequence: 2, eventId: events[1].id, streamName: null });
    expect(checkLink(tailAfter(3), links[3], undefined)).toMatchObject({ reason: 'event_missing', sequence: 4, eventId: events[3].id });
  });

  it('event_inserted: the store has an event before the chained one that no link covers', () => {
    const intruder: RecordedEvent = { ...event(9), position: { commit: 102, prepare: 50 } };
    expect(checkLink(tailAfter(2), links[2], intruder)).toMatchObject({ reason: 'event_inserted', sequence: 3, eventId: intruder.id });
  });

  it('chain_broken: a link is missing from the table', () => {
    expect(checkLink(tailAfter(1), links[2], events[1])).toMatchObject({ reason: 'chain_broken', sequence: 2, eventId: events[1].id, storedHash: null });
  });

  it('chain_broken: a link does not continue the one before it', () => {
    const relinked: ChainLink = { ...links[2], previousHash: 'f'.repeat(64) };
    expect(checkLink(tailAfter(2), relinked, events[2])).toMatchObject({
      reason: 'chain_broken',
      sequence: 3,
      expectedHash: links[1].hash,
      storedHash: 'f'.repeat(64),
    });
  });

  it('chain_broken: links out of global order', () => {
    const moved: ChainLink = { ...links[2], position: links[0].position };
    expect(checkLink(tailAfter(2), moved, events[2])).toMatchObject({ reason: 'chain_broken', sequence: 3 });
  });
});
