/**
 * The EventStoreDB adapter without a server: its pure mappings, its idempotency decision,
 * and the parts that wrap the client's streams, driven through the client's own stream
 * classes (ReadStream, Subscription) fed with real protobuf messages, as the gRPC layer
 * would feed them. The last block runs the whole adapter against a port nobody listens on.
 * What needs a real server is in eventstoredb-event-store.spec.ts (the contract suite).
 */
import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import {
  AccessDeniedError,
  DeadlineExceededError,
  NotLeaderError,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent, AllStreamSubscription, ResolvedEvent, StreamingRead } from '@eventstore/db-client';
import { ReadStream } from '@eventstore/db-client/dist/streams/utils/ReadStream';
import { Subscription } from '@eventstore/db-client/dist/streams/utils/Subscription';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { createUUID } from '@eventstore/db-client/dist/utils/grpcUUID';
import { StreamIdentifier } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedVersionError } from '../../src/event-store/errors';
import {
  DEFAULT_READ_ALL_MAX_COUNT,
  EventMetadata,
  EventStore,
  NewEvent,
  RecordedEvent,
} from '../../src/event-store/event-store.port';
import { EventStoreDbAllSubscription } from '../../src/event-store/eventstoredb/all-subscription';
import { toPortAppendError, toPortError } from '../../src/event-store/eventstoredb/error-mapping';
import { ClientRecordedEvent, toEventData, toRecordedEvent } from '../../src/event-store/eventstoredb/event-conversion';
import { createEventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import {
  exactNamesRegex,
  isSystemEvent,
  isVisible,
  matchesFilter,
  toSubscriptionFilter,
} from '../../src/event-store/eventstoredb/filters';
import { assertValidAppend } from '../../src/event-store/eventstoredb/append-validation';
import {
  EVENT_ID_CLAIM_TYPE,
  claimEvent,
  claimStreamOf,
  claimedStreamOf,
  sortClaims,
} from '../../src/event-store/eventstoredb/event-id-claims';
import { StoredEvent, decideAppend } from '../../src/event-store/eventstoredb/idempotency';
import {
  fromClientPosition,
  samePosition,
  toClientPosition,
  toClientReadPosition,
} from '../../src/event-store/eventstoredb/positions';
import { planReadAll } from '../../src/event-store/eventstoredb/read-all-plan';
import {
  fromClientCurrentRevision,
  isExpectedRevisionMet,
  toClientExpectedRevision,
  toClientReadRevision,
  toClientReadStreamOptions,
} from '../../src/event-store/eventstoredb/revisions';
import { consumeRead } from '../../src/event-store/eventstoredb/streaming-read';

const ID_A = '0b6f8a52-2f4e-4c1b-9a0e-1a2b3c4d5e01';
const ID_B = '0b6f8a52-2f4e-4c1b-9a0e-1a2b3c4d5e02';
const ID_C = '0b6f8a52-2f4e-4c1b-9a0e-1a2b3c4d5e03';

const METADATA: EventMetadata = {
  correlationId: 'corr-1',
  causationId: 'cause-1',
  actor: { id: 'operatore-7', role: 'operator' },
  recordedAt: '2025-03-01T09:30:00.000Z',
  schemaVersion: 2,
  channel: 'sportello',
};

describe('EventStoreDB adapter mapping', () => {
  describe('expected revisions', () => {
    it.each([
      ['any', 'any'],
      ['no_stream', 'no_stream'],
      ['stream_exists', 'stream_exists'],
    ] as const)('maps %s to the client constant', (port, client) => {
      expect(toClientExpectedRevision(port)).toBe(client);
    });

    it('maps a revision number to a bigint', () => {
      expect(toClientExpectedRevision(0)).toBe(0n);
      expect(toClientExpectedRevision(41)).toBe(41n);
    });

    it("maps -1, the port's own 'no event yet', to NO_STREAM", () => {
      expect(toClientExpectedRevision(-1)).toBe('no_stream');
    });

    it.each([-2, 1.5, Number.NaN, 2 ** 53])('rejects %p', (revision) => {
      expect(() => toClientExpectedRevision(revision)).toThrow(RangeError);
    });

    it('maps the current revision the server reports, -1 when there is no stream', () => {
      expect(fromClientCurrentRevision('no_stream')).toBe(-1);
      expect(fromClientCurrentRevision(7n)).toBe(7);
    });
  });

  describe('stream reads', () => {
    it('reads forwards from the start by default, with no limit', () => {
      expect(toClientReadStreamOptions({})).toEqual({ direction: 'forwards', fromRevision: 'start' });
    });

    it('reads backwards from the end by default (the client would start backwards at START)', () => {
      expect(toClientReadStreamOptions({ direction: 'backwards' })).toEqual({ direction: 'backwards', fromRevision: 'end' });
    });

    it('maps an explicit revision and maxCount', () => {
      expect(toClientReadStreamOptions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual({
        direction: 'backwards',
        fromRevision: 3n,
        maxCount: 2,
      });
      expect(toClientReadRevision('start')).toBe('start');
      expect(toClientReadRevision('end')).toBe('end');
    });

    it('rejects a negative revision or maxCount', () => {
      expect(() => toClientReadStreamOptions({ fromRevision: -1 })).toThrow(RangeError);
      expect(() => toClientReadStreamOptions({ maxCount: -1 })).toThrow(RangeError);
    });
  });

  describe('positions', () => {
    it('converts both halves to bigint and back', () => {
      const client = toClientPosition({ commit: 1234, prepare: 1200 });
      expect(client).toEqual({ commit: 1234n, prepare: 1200n });
      expect(fromClientPosition(client)).toEqual({ commit: 1234, prepare: 1200 });
    });

    it('maps start and end to the client constants', () => {
      expect(toClientReadPosition('start')).toBe('start');
      expect(toClientReadPosition('end')).toBe('end');
      expect(toClientReadPosition({ commit: 5, prepare: 5 })).toEqual({ commit: 5n, prepare: 5n });
    });

    it('rejects negative or fractional positions', () => {
      expect(() => toClientPosition({ commit: -1, prepare: 0 })).toThrow(RangeError);
      expect(() => toClientPosition({ commit: 0, prepare: 0.5 })).toThrow(RangeError);
    });

    it('compares both halves', () => {
      expect(samePosition({ commit: 1, prepare: 2 }, { commit: 1, prepare: 2 })).toBe(true);
      expect(samePosition({ commit: 1, prepare: 2 }, { commit: 1, prepare: 3 })).toBe(false);
    });
  });

  describe('reads of $all', () => {
    it('reads forwards from the start, DEFAULT_READ_ALL_MAX_COUNT events, by default', () => {
      expect(planReadAll({})).toEqual({ direction: 'forwards', fromPosition: 'start', maxCount: DEFAULT_READ_ALL_MAX_COUNT });
    });

    it('reads backwards from the end by default', () => {
      expect(planReadAll({ direction: 'backwards' })).toEqual({
        direction: 'backwards',
        fromPosition: 'end',
        maxCount: DEFAULT_READ_ALL_MAX_COUNT,
      });
    });

    it('fetches the event at the start position apart when reading backwards from it (the server excludes it)', () => {
      const from = { commit: 900, prepare: 900 };
      expect(planReadAll({ direction: 'backwards', fromPosition: from, maxCount: 10 })).toEqual({
        direction: 'backwards',
        fromPosition: { commit: 900n, prepare: 900n },
        leadingEventAt: from,
        maxCount: 10,
      });
    });

    it('reads forwards from a position as is (the server includes it) and carries the filter', () => {
      const filter = { eventTypes: ['CaseOpened'] };
      expect(planReadAll({ fromPosition: { commit: 7, prepare: 7 }, maxCount: 3, filter })).toEqual({
        direction: 'forwards',
        fromPosition: { commit: 7n, prepare: 7n },
        maxCount: 3,
        filter,
      });
    });
  });

  describe('filters', () => {
    it('recognises system events by type or by stream', () => {
      expect(isSystemEvent({ streamId: '$$case-1', type: '$metadata' })).toBe(true);
      expect(isSystemEvent({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true);
      expect(isSystemEvent({ streamId: 'case-1', type: '$>' })).toBe(true);
      expect(isSystemEvent({ streamId: '$settings', type: 'update' })).toBe(true);
      expect(isSystemEvent({ streamId: 'case-1', type: 'CaseOpened' })).toBe(false);
    });

    it('matches event types exactly, not as prefixes', () => {
      const filter = { eventTypes: ['CaseOpened', 'CaseClosed'] };
      expect(matchesFilter({ streamId: 'case-1', type: 'CaseOpened' }, filter)).toBe(true);
      expect(matchesFilter({ streamId: 'case-1', type: 'CaseOpenedV2' }, filter)).toBe(false);
      expect(matchesFilter({ streamId: 'case-1', type: 'Case' }, filter)).toBe(false);
    });

    it('matches stream prefixes at the start of the stream name', () => {
      const filter = { streamPrefixes: ['case-', 'citizen-'] };
      expect(matchesFilter({ streamId: 'citizen-9', type: 'X' }, filter)).toBe(true);
      expect(matchesFilter({ streamId: 'old-case-1', type: 'X' }, filter)).toBe(false);
    });

    it('matches nothing with an empty list, everything without a filter', () => {
      expect(matchesFilter({ streamId: 'case-1', type: 'X' }, { eventTypes: [] })).toBe(false);
      expect(matchesFilter({ streamId: 'case-1', type: 'X' }, { streamPrefixes: [] })).toBe(false);
      expect(matchesFilter({ streamId: 'case-1', type: 'X' }, undefined)).toBe(true);
    });

    it('never shows a system event, even one the filter matches', () => {
      expect(isVisible({ streamId: '$$case-1', type: '$metadata' }, { streamPrefixes: ['$$case'] })).toBe(false);
      expect(isVisible({ streamId: 'case-1', type: 'CaseOpened' }, { streamPrefixes: ['case-'] })).toBe(true);
    });

    it('subscribes with an anchored, escaped regex on event types', () => {
      const filter = toSubscriptionFilter({ eventTypes: ['CaseOpened', 'Case.Closed(v2)'] });
      expect(filter).toMatchObject({ filterOn: 'eventType', regex: '^(CaseOpened|Case\\.Closed\\(v2\\))$' });
    });

    it('builds regexes that match exactly the names given', () => {
      const regex = new RegExp(exactNamesRegex(['a.b', 'x|y', 'p+q', '$z']));
      for (const name of ['a.b', 'x|y', 'p+q', '$z']) expect(regex.test(name)).toBe(true);
      for (const name of ['aXb', 'x', 'y', 'ppq', 'z', 'a.bc', 'za.b']) expect(regex.test(name)).toBe(false);
    });

    it('subscribes with a prefix filter on stream names', () => {
      expect(toSubscriptionFilter({ streamPrefixes: ['case-'] })).toMatchObject({ filterOn: 'streamName', prefixes: ['case-'] });
    });

    it('excludes system events on the server when there is nothing else to filter', () => {
      const excludeSystem = { filterOn: 'eventType', regex: '^[^$].*' };
      expect(toSubscriptionFilter(undefined)).toMatchObject(excludeSystem);
      expect(toSubscriptionFilter({ eventTypes: [] })).toMatchObject(excludeSystem);
      expect(toSubscriptionFilter({ streamPrefixes: [] })).toMatchObject(excludeSystem);
    });
  });

  describe('events', () => {
    const newEvent: NewEvent = { id: ID_A, type: 'CaseOpened', data: { caseId: 'c-1', channel: 'email' }, metadata: METADATA };

    it('appends a JSON event with the caller id, type, data and every metadata key', () => {
      expect(toEventData(newEvent)).toEqual({
        id: ID_A,
        contentType: 'application/json',
        type: 'CaseOpened',
        data: { caseId: 'c-1', channel: 'email' },
        metadata: METADATA,
      });
    });

    it('refuses an event without data (it would not serialise)', () => {
      expect(() => toEventData({ ...newEvent, data: undefined })).toThrow(TypeError);
    });

    const clientRecord: ClientRecordedEvent = {
      streamId: 'case-1',
      id: ID_A,
      revision: 3n,
      type: 'CaseOpened',
      created: new Date('2025-03-01T09:30:01.250Z'),
      isJson: true,
      data: { caseId: 'c-1' },
      metadata: { ...METADATA },
      position: { commit: 5000n, prepare: 4990n },
    };

    it('maps a recorded event: numbers for revision and position, created as createdAt', () => {
      expect(toRecordedEvent(clientRecord)).toEqual({
        id: ID_A,
        type: 'CaseOpened',
        data: { caseId: 'c-1' },
        metadata: METADATA,
        streamName: 'case-1',
        revision: 3,
        position: { commit: 5000, prepare: 4990 },
        createdAt: new Date('2025-03-01T09:30:01.250Z'),
      });
    });

    it('parses metadata the client left as bytes', () => {
      const bytes = new Uint8Array(Buffer.from(JSON.stringify(METADATA)));
      expect(toRecordedEvent({ ...clientRecord, metadata: bytes }).metadata).toEqual(METADATA);
    });

    it('refuses events the port cannot have written', () => {
      expect(() => toRecordedEvent({ ...clientRecord, isJson: false })).toThrow(/not JSON/);
      expect(() => toRecordedEvent({ ...clientRecord, metadata: undefined })).toThrow(/no JSON metadata/);
      expect(() => toRecordedEvent({ ...clientRecord, metadata: new Uint8Array([1, 2]) })).toThrow(/no JSON metadata/);
      expect(() => toRecordedEvent({ ...clientRecord, position: undefined })).toThrow(/no position/);
    });

    it('maps an event as the client decodes it off the wire', () => {
      const created = new Date('2025-03-01T09:30:01.250Z');
      const resolved = convertGrpcEvent(
        wireEvent({ streamId: 'case-1', id: ID_B, revision: 12, type: 'CaseClosed', data: 'closed', metadata: METADATA, position: 7000, created }).getEvent()!,
      );
      expect(toRecordedEvent(resolved.event as ClientRecordedEvent)).toEqual({
        id: ID_B,
        type: 'CaseClosed',
        data: 'closed',
        metadata: METADATA,
        streamName: 'case-1',
        revision: 12,
        position: { commit: 7000, prepare: 7000 },
        createdAt: created,
      });
    });
  });

  describe('idempotency by event id', () => {
    const at = (revision: number): StoredEvent => ({ revision, position: { commit: 100 + revision, prepare: 100 + revision } });
    const stored = (entries: Array<[string, number]>) => new Map(entries.map(([id, revision]) => [id, at(revision)]));

    it('writes when none of the ids is in the stream', () => {
      expect(decideAppend([ID_A, ID_B], new Map(), 'any')).toEqual({ kind: 'write' });
    });

    it('returns the first result when the ids sit right after the expected revision', () => {
      expect(decideAppend([ID_A, ID_B], stored([[ID_A, 5], [ID_B, 6]]), 4)).toEqual({
        kind: 'already-written',
        result: { nextExpectedRevision: 6, position: at(6).position },
      });
    });

    it("returns the first result for 'no_stream' when the ids open the stream", () => {
      expect(decideAppend([ID_A, ID_B], stored([[ID_A, 0], [ID_B, 1]]), 'no_stream')).toMatchObject({ kind: 'already-written' });
      expect(decideAppend([ID_A], stored([[ID_A, 0]]), -1)).toMatchObject({ kind: 'already-written' });
    });

    it("returns the first result for 'any' and 'stream_exists' wherever the ids sit contiguously", () => {
      const found = stored([[ID_A, 8], [ID_B, 9]]);
      expect(decideAppend([ID_A, ID_B], found, 'any')).toMatchObject({ kind: 'already-written', result: { nextExpectedRevision: 9 } });
      expect(decideAppend([ID_A, ID_B], found, 'stream_exists')).toMatchObject({ kind: 'already-written' });
    });

    it('compares ids regardless of case (the server returns them in lower case)', () => {
      expect(decideAppend([ID_A.toUpperCase()], stored([[ID_A, 0]]), 'any')).toMatchObject({ kind: 'already-written' });
    });

    it('reports conflicting ids as the caller wrote them', () => {
      expect(decideAppend([ID_C, ID_A.toUpperCase()], stored([[ID_A, 0]]), 'any')).toEqual({
        kind: 'conflict',
        eventIds: [ID_A.toUpperCase()],
      });
    });

    it('is a conflict when the ids sit elsewhere than this append would put them', () => {
      expect(decideAppend([ID_A, ID_B], stored([[ID_A, 5], [ID_B, 6]]), 2)).toEqual({ kind: 'conflict', eventIds: [ID_A, ID_B] });
      expect(decideAppend([ID_A], stored([[ID_A, 3]]), 'no_stream')).toEqual({ kind: 'conflict', eventIds: [ID_A] });
    });

    it('is a conflict when only some of the ids are stored', () => {
      expect(decideAppend([ID_A, ID_B, ID_C], stored([[ID_B, 1]]), 'any')).toEqual({ kind: 'conflict', eventIds: [ID_B] });
    });

    it('is a conflict when the ids are stored out of order or with gaps', () => {
      expect(decideAppend([ID_A, ID_B], stored([[ID_A, 6], [ID_B, 5]]), 'any')).toMatchObject({ kind: 'conflict' });
      expect(decideAppend([ID_A, ID_B], stored([[ID_A, 5], [ID_B, 7]]), 'any')).toMatchObject({ kind: 'conflict' });
    });
  });

  describe('append validation', () => {
    const event = (id: string): NewEvent => ({ id, type: 'CaseOpened', data: {}, metadata: METADATA });

    it('accepts uuids, in any case', () => {
      expect(() => assertValidAppend('case-1', [event(ID_A), event(ID_B.toUpperCase())])).not.toThrow();
      expect(() => assertValidAppend('case-1', [])).not.toThrow();
    });

    it('refuses an empty stream name or ids that are not uuids', () => {
      expect(() => assertValidAppend('', [event(ID_A)])).toThrow(RangeError);
      expect(() => assertValidAppend('case-1', [event('not-a-uuid')])).toThrow(/not-a-uuid/);
    });

    it('refuses one id twice in a batch as a conflict, whatever the case', () => {
      const attempt = () => assertValidAppend('case-1', [event(ID_A), event(ID_B), event(ID_A.toUpperCase())]);
      expect(attempt).toThrow(EventIdConflictError);
      expect(attempt).toThrow(expect.objectContaining({ streamName: 'case-1', eventIds: [ID_A.toUpperCase()] }));
    });
  });

  describe('expectations checked by the adapter (empty appends)', () => {
    it.each([
      ['any', -1, true],
      ['any', 4, true],
      ['no_stream', -1, true],
      ['no_stream', 0, false],
      ['stream_exists', -1, false],
      ['stream_exists', 0, true],
      [3, 3, true],
      [3, 2, false],
      [-1, -1, true],
      [0, -1, false],
    ] as const)('expected %p with the stream at %p: %p', (expected, current, met) => {
      expect(isExpectedRevisionMet(expected, current)).toBe(met);
    });
  });

  describe('event id claims', () => {
    it('claims each id in a stream of its own, named after the id in lower case', () => {
      expect(claimStreamOf(ID_A.toUpperCase())).toBe(`urp-event-id-${ID_A}`);
    });

    it('records the claiming stream in a JSON event with a fresh id each time', () => {
      const first = claimEvent('case-1');
      const second = claimEvent('case-1');
      expect(first).toMatchObject({ type: EVENT_ID_CLAIM_TYPE, contentType: 'application/json', data: { streamName: 'case-1' } });
      expect(first.id).not.toBe(second.id);
      expect(claimedStreamOf(first.data)).toBe('case-1');
      expect(() => claimedStreamOf({ other: 1 })).toThrow(/Malformed/);
    });

    it('keeps claims out of every read of $all, as system events', () => {
      expect(isVisible({ streamId: claimStreamOf(ID_A), type: EVENT_ID_CLAIM_TYPE }, undefined)).toBe(false);
      expect(isVisible({ streamId: claimStreamOf(ID_A), type: EVENT_ID_CLAIM_TYPE }, { streamPrefixes: ['urp-'] })).toBe(false);
      expect(new RegExp((toSubscriptionFilter(undefined) as { regex: string }).regex).test(EVENT_ID_CLAIM_TYPE)).toBe(false);
    });

    it('sorts ids claimed before into repeats (this stream) and conflicts (another stream)', () => {
      expect(sortClaims('case-1', [ID_A, ID_B, ID_C], ['new', { claimedBefore: 'case-1' }, { claimedBefore: 'case-2' }])).toEqual({
        repeated: [ID_B],
        foreign: [ID_C],
      });
      expect(sortClaims('case-1', [ID_A], ['new'])).toEqual({ repeated: [], foreign: [] });
    });
  });

  describe('errors', () => {
    it('maps a wrong expected version to the port error, with the actual revision as a number', () => {
      const clientError = new ClientWrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 2n, current: 5n });
      const error = toPortAppendError(clientError, 'case-1', 2);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamName: 'case-1', expected: 2, actual: 5 });
    });

    it('reports -1 as the actual revision when the stream does not exist', () => {
      const clientError = new ClientWrongExpectedVersionError(undefined, {
        streamName: 'case-2',
        expected: 'stream_exists',
        current: 'no_stream',
      });
      expect(toPortAppendError(clientError, 'case-2', 'stream_exists')).toMatchObject({
        streamName: 'case-2',
        expected: 'stream_exists',
        actual: -1,
      });
    });

    it.each([
      ['unavailable', new UnavailableError()],
      ['deadline exceeded', new DeadlineExceededError()],
      ['a raw gRPC UNAVAILABLE', Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'No connection established' })],
      ['a raw gRPC INTERNAL', Object.assign(new Error('13 INTERNAL'), { code: 13 })],
      ['failed cluster discovery', new Error('Failed to discover after 10 attempts.')],
    ])('maps %s to EventStoreUnavailableError, keeping the cause', (_name, clientError) => {
      const error = toPortError(clientError);
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
      expect((error as EventStoreUnavailableError).cause).toBeDefined();
    });

    it('maps a lost leader to EventStoreUnavailableError', () => {
      const notLeader = Object.create(NotLeaderError.prototype) as NotLeaderError;
      expect(toPortError(notLeader)).toBeInstanceOf(EventStoreUnavailableError);
    });

    it('leaves other errors as they are', () => {
      const accessDenied = new AccessDeniedError();
      const deleted = StreamDeletedError.fromStreamName('case-9');
      const conflict = new EventIdConflictError('case-1', [ID_A]);
      const bug = new TypeError('bug');
      for (const error of [accessDenied, deleted, conflict, bug]) expect(toPortError(error)).toBe(error);
      expect(toPortAppendError(conflict, 'case-1', 'any')).toBe(conflict);
    });
  });

  describe('consuming a client read', () => {
    it('visits every event of the read', async () => {
      const call = new FakeGrpcCall();
      const read = readStreamOver(call);
      call.send(wireEvent(userEvent(0)), wireEvent(userEvent(1)), wireEvent(userEvent(2)));
      call.finish();
      const revisions: bigint[] = [];
      await consumeRead(read, (resolved) => {
        revisions.push(resolved.event!.revision);
        return 'continue';
      });
      expect(revisions).toEqual([0n, 1n, 2n]);
      expect(call.cancelled).toBe(false);
    });

    it('cancels the server-side read when the visitor stops', async () => {
      const call = new FakeGrpcCall();
      const read = readStreamOver(call);
      call.send(wireEvent(userEvent(0)), wireEvent(userEvent(1)), wireEvent(userEvent(2)));
      let visited = 0;
      await consumeRead(read, () => (++visited === 2 ? 'stop' : 'continue'));
      expect(visited).toBe(2);
      expect(call.cancelled).toBe(true);
    });

    it('reads a missing stream as empty', async () => {
      const call = new FakeGrpcCall();
      const read = readStreamOver(call);
      const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from('case-404')));
      call.send(new ReadResp().setStreamNotFound(notFound));
      let visited = 0;
      await consumeRead(read, () => (visited++, 'continue'));
      expect(visited).toBe(0);
    });

    it('passes on a failure of the read', async () => {
      const call = new FakeGrpcCall();
      const read = readStreamOver(call);
      call.send(wireEvent(userEvent(0)));
      setImmediate(() => call.fail(14, 'Connection dropped'));
      await expect(consumeRead(read, () => 'continue')).rejects.toBeInstanceOf(UnavailableError);
    });
  });

  describe('subscription to $all', () => {
    it('delivers visible events as RecordedEvents, skipping system events and filtered ones', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), { streamPrefixes: ['case-'] });
      call.send(
        new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId('s-1')),
        wireEvent(userEvent(0)),
        wireEvent({ ...userEvent(0), streamId: '$$case-1', type: '$metadata', position: 150 }),
        wireEvent({ ...userEvent(0), streamId: 'citizen-1', position: 160 }),
        new ReadResp().setCaughtUp(new ReadResp.CaughtUp()),
        wireEvent(userEvent(1)),
      );
      const received = await take(subscription, 2);
      expect(received.map((event) => [event.streamName, event.revision, event.position])).toEqual([
        ['case-1', 0, { commit: 100, prepare: 100 }],
        ['case-1', 1, { commit: 101, prepare: 101 }],
      ]);
      expect(received[0].metadata).toEqual(METADATA);
      await subscription.close();
      expect(call.cancelled).toBe(true);
    });

    it('ends a waiting iteration quietly on close()', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      call.send(wireEvent(userEvent(0)));
      const iteration = collectAll(subscription);
      await waitUntil(() => iteration.received.length === 1);
      await subscription.close();
      await expect(iteration.done).resolves.toBeUndefined();
      expect(iteration.received).toHaveLength(1);
      expect(call.cancelled).toBe(true);
    });

    it('cancels the server-side subscription when the consumer leaves the loop', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      call.send(wireEvent(userEvent(0)), wireEvent(userEvent(1)));
      for await (const event of subscription) {
        expect(event.revision).toBe(0);
        break;
      }
      expect(call.cancelled).toBe(true);
    });

    it('fails with EventStoreUnavailableError when the connection drops', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      call.send(wireEvent(userEvent(0)));
      const iteration = collectAll(subscription);
      await waitUntil(() => iteration.received.length === 1);
      call.fail(14, 'Connection dropped');
      await expect(iteration.done).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('reports a failure that happened before the consumer started iterating', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      await flush();
      call.fail(14, 'Connection refused');
      await flush();
      await expect(collectAll(subscription).done).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('reports a call that could not even be opened, however late the consumer iterates', async () => {
      const refused = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'No connection established' });
      const source = new Subscription<AllStreamResolvedEvent>(
        () => Promise.reject(refused),
        convertGrpcEvent as never,
        {},
      ) as unknown as AllStreamSubscription;
      const subscription = new EventStoreDbAllSubscription(source, undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(collectAll(subscription).done).rejects.toBeInstanceOf(EventStoreUnavailableError);
    }, 5000);

    it('treats an end it was not asked for as a lost connection', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      call.finish();
      await expect(collectAll(subscription).done).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('treats an end that came before the consumer iterated as a lost connection', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      call.send(wireEvent(userEvent(0)));
      call.finish();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const iteration = collectAll(subscription);
      await expect(iteration.done).rejects.toBeInstanceOf(EventStoreUnavailableError);
      expect(iteration.received).toHaveLength(1);
    }, 5000);

    it('can be closed before being iterated, and then yields nothing', async () => {
      const call = new FakeGrpcCall();
      const subscription = new EventStoreDbAllSubscription(subscriptionOver(call), undefined);
      await subscription.close();
      await subscription.close();
      const iteration = collectAll(subscription);
      await expect(iteration.done).resolves.toBeUndefined();
      expect(iteration.received).toEqual([]);
    });
  });

  describe('the adapter with no server listening', () => {
    let store: EventStore;

    beforeAll(async () => {
      store = createEventStoreDbEventStore({ connectionString: `esdb://127.0.0.1:${await unusedPort()}?tls=false` });
    });

    afterAll(async () => {
      await store.close();
    });

    const newEvent: NewEvent = { id: ID_A, type: 'CaseOpened', data: {}, metadata: METADATA };

    it.each([
      ['appendToStream', () => store.appendToStream('case-1', [newEvent], { expectedRevision: 'no_stream' })],
      ['appendToStream with no events', () => store.appendToStream('case-1', [], { expectedRevision: 'no_stream' })],
      ['readStream', () => store.readStream('case-1')],
      ['readAll', () => store.readAll({ filter: { eventTypes: ['CaseOpened'] } })],
      ['readAll backwards from a position', () => store.readAll({ direction: 'backwards', fromPosition: { commit: 10, prepare: 10 } })],
      ['headPosition', () => store.headPosition()],
    ])('%s fails with EventStoreUnavailableError', async (_name, operation) => {
      await expect(operation()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('subscribeToAll fails its iteration with EventStoreUnavailableError', async () => {
      const subscription = store.subscribeToAll({ filter: { eventTypes: ['CaseOpened'] } });
      await expect(collectAll(subscription).done).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('rejects invalid arguments before contacting the server', async () => {
      await expect(store.appendToStream('', [newEvent])).rejects.toBeInstanceOf(RangeError);
      await expect(store.appendToStream('case-1', [{ ...newEvent, id: 'x' }])).rejects.toBeInstanceOf(RangeError);
      await expect(store.appendToStream('case-1', [newEvent], { expectedRevision: -2 })).rejects.toBeInstanceOf(RangeError);
      await expect(store.appendToStream('case-1', [newEvent, newEvent])).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(store.readStream('case-1', { maxCount: -1 })).rejects.toBeInstanceOf(RangeError);
      await expect(store.readAll({ fromPosition: { commit: -1, prepare: 0 } })).rejects.toBeInstanceOf(RangeError);
    });

    it('answers maxCount 0 without contacting the server', async () => {
      await expect(store.readStream('case-1', { maxCount: 0 })).resolves.toEqual([]);
      await expect(store.readAll({ maxCount: 0 })).resolves.toEqual([]);
    });

    it('closes its open subscriptions when closed', async () => {
      const other = createEventStoreDbEventStore({ connectionString: `esdb://127.0.0.1:${await unusedPort()}?tls=false` });
      const subscription = other.subscribeToAll();
      await other.close();
      const iteration = collectAll(subscription);
      await expect(iteration.done).resolves.toBeUndefined();
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Wire-level helpers: protobuf messages as the server sends them, and a stand-in for the gRPC
// call object the client reads them from.

interface WireEventSpec {
  streamId: string;
  id: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: unknown;
  /** Commit and prepare positions are equal for every event the current server writes. */
  position: number;
  created: Date;
}

function userEvent(revision: number): WireEventSpec {
  return {
    streamId: 'case-1',
    id: `0b6f8a52-2f4e-4c1b-9a0e-${String(revision).padStart(12, '0')}`,
    revision,
    type: 'NoteAdded',
    data: { text: `note ${revision}` },
    metadata: METADATA,
    position: 100 + revision,
    created: new Date('2025-03-01T10:00:00.000Z'),
  };
}

const TICKS_PER_MILLISECOND = 10_000n;

function wireEvent(spec: WireEventSpec): ReadResp {
  const record = new ReadResp.ReadEvent.RecordedEvent()
    .setId(createUUID(spec.id))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(spec.streamId)))
    .setStreamRevision(String(spec.revision))
    .setCommitPosition(String(spec.position))
    .setPreparePosition(String(spec.position))
    .setData(Buffer.from(JSON.stringify(spec.data)))
    .setCustomMetadata(Buffer.from(JSON.stringify(spec.metadata)));
  record
    .getMetadataMap()
    .set('type', spec.type)
    .set('content-type', 'application/json')
    .set('created', String(BigInt(spec.created.getTime()) * TICKS_PER_MILLISECOND));
  const readEvent = new ReadResp.ReadEvent().setEvent(record).setCommitPosition(String(spec.position));
  return new ReadResp().setEvent(readEvent);
}

/** Stands in for grpc-js's server-streaming call: an object stream with cancel(). */
class FakeGrpcCall extends PassThrough {
  cancelled = false;

  constructor() {
    super({ objectMode: true });
  }

  send(...messages: ReadResp[]): void {
    for (const message of messages) this.write(message);
  }

  finish(): void {
    this.end();
  }

  /** As grpc-js: a cancelled call ends, then reports CANCELLED "Cancelled on client". */
  cancel(): void {
    this.cancelled = true;
    this.push(null);
    this.emit('error', Object.assign(new Error('1 CANCELLED: Cancelled on client'), { code: 1, details: 'Cancelled on client' }));
  }

  /** As grpc-js: a failed call ends, then reports its status as an error. */
  fail(code: number, details: string): void {
    this.push(null);
    this.emit('error', Object.assign(new Error(`${code} ${details}`), { code, details }));
  }
}

function readStreamOver(call: FakeGrpcCall): StreamingRead<ResolvedEvent> {
  return new ReadStream(async () => call as never, convertGrpcEvent, {});
}

function subscriptionOver(call: FakeGrpcCall): AllStreamSubscription {
  return new Subscription<AllStreamResolvedEvent>(
    async () => call as never,
    convertGrpcEvent as never,
    {},
  ) as unknown as AllStreamSubscription;
}

async function take(subscription: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  for await (const event of subscription) {
    received.push(event);
    if (received.length === count) break;
  }
  return received;
}

function collectAll(subscription: AsyncIterable<RecordedEvent>): { received: RecordedEvent[]; done: Promise<void> } {
  const received: RecordedEvent[] = [];
  const done = (async () => {
    for await (const event of subscription) received.push(event);
  })();
  return { received, done };
}

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A port that was free a moment ago: connections to it are refused. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
