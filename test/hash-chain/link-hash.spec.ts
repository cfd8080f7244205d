import { EMPTY_CHAIN, linksFor, nextLink, tailOf } from '../../src/hash-chain/chain-link';
import { canonicalEventContent } from '../../src/hash-chain/event-content';
import { GENESIS_HASH } from '../../src/hash-chain/link-hash';
import type { RecordedEvent } from '../../src/event-store/event-store.port';

// Expected values computed outside this code, with:
//   printf '%s%s' "$PREVIOUS_HASH" "$CANONICAL" | sha256sum
const FIRST_CANONICAL =
  '{"data":{"subject":"Buca in via Roma","tags":["strade",1.5,true,null]},"id":"3f1c2a4e-8b7d-4c21-9e0f-5a6b7c8d9e01",' +
  '"metadata":{"actor":{"id":"u-1","role":"operator"},"causationId":"c-1","correlationId":"c-1","recordedAt":"2025-04-01T10:00:00.000Z","schemaVersion":1},' +
  '"position":{"commit":7,"prepare":42},"revision":0,"streamName":"case-123","type":"CaseRegistered"}';
const FIRST_HASH = '2d830debce1f94304014eb44b9372c5630a310171db2b77069fcb77bedfead63';
const SECOND_HASH = '1f77866ef453dae4957d8889c769111e85bc075dd1054712a25d55faac837e23';

const first: RecordedEvent = {
  id: '3f1c2a4e-8b7d-4c21-9e0f-5a6b7c8d9e01',
  type: 'CaseRegistered',
  streamName: 'case-123',
  revision: 0,
  position: { commit: 7, prepare: 42 },
  data: { tags: ['strade', 1.5, true, null], subject: 'Buca in via Roma' },
  metadata: { schemaVersion: 1, recordedAt: '2025-04-01T10:00:00.000Z', correlationId: 'c-1', causationId: 'c-1', actor: { role: 'operator', id: 'u-1' } },
  createdAt: new Date('2025-04-01T10:00:00.123Z'),
};

const second: RecordedEvent = {
  id: '3f1c2a4e-8b7d-4c21-9e0f-5a6b7c8d9e02',
  type: 'CaseClassified',
  streamName: 'case-123',
  revision: 1,
  position: { commit: 8, prepare: 43 },
  data: null,
  metadata: { correlationId: 'c-1', causationId: 'c-2', actor: { id: 'u-1', role: 'operator' }, recordedAt: '2025-04-01T10:05:00.000Z', schemaVersion: 1 },
  createdAt: new Date('2025-04-01T10:05:00.456Z'),
};

describe('hash links', () => {
  it('hashes the canonical content of the event', () => {
    expect(canonicalEventContent(first)).toBe(FIRST_CANONICAL);
  });

  it('starts from 64 zeros and chains each hash into the next', () => {
    const [one, two] = linksFor(EMPTY_CHAIN, [first, second]);
    expect(one).toEqual({ sequence: 1, position: { commit: 7, prepare: 42 }, eventId: first.id, hash: FIRST_HASH, previousHash: GENESIS_HASH });
    expect(two).toEqual({ sequence: 2, position: { commit: 8, prepare: 43 }, eventId: second.id, hash: SECOND_HASH, previousHash: FIRST_HASH });
  });

  it('does not depend on createdAt, which the adapters keep with different precision', () => {
    expect(nextLink(EMPTY_CHAIN, { ...first, createdAt: new Date(0) }).hash).toBe(FIRST_HASH);
  });

  it.each([
    ['data', { data: { subject: 'Buca in via Roma!', tags: ['strade', 1.5, true, null] } }],
    ['metadata', { metadata: { ...first.metadata, actor: { id: 'u-2', role: 'operator' } } }],
    ['type', { type: 'CaseRegisteredOnline' }],
    ['id', { id: '3f1c2a4e-8b7d-4c21-9e0f-5a6b7c8d9eff' }],
    ['stream', { streamName: 'case-124' }],
    ['revision', { revision: 1 }],
    ['position', { position: { commit: 7, prepare: 41 } }],
  ])('changes when the %s changes', (_field, change) => {
    expect(nextLink(EMPTY_CHAIN, { ...first, ...change } as RecordedEvent).hash).not.toBe(FIRST_HASH);
  });

  it('depends on the previous hash, so a link cannot be moved', () => {
    const afterFirst = tailOf(nextLink(EMPTY_CHAIN, first));
    expect(nextLink(afterFirst, second).hash).toBe(SECOND_HASH);
    expect(nextLink(EMPTY_CHAIN, second).hash).not.toBe(SECOND_HASH);
  });
});
