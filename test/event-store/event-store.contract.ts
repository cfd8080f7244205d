/**
 * The behaviour every EventStore adapter must have, whatever its backend. Each adapter's
 * spec calls describeEventStoreContract with a setup that opens the adapter.
 *
 * The suite shares its backend with whatever else is stored there (an EventStoreDB may
 * hold other events): every test works on streams of its own (random names), and checks
 * of the global log filter by those streams' prefix or by event types of its own.
 */
import { randomUUID } from 'node:crypto';
import { EventIdConflictError, WrongExpectedVersionError } from '../../src/event-store/errors';
import {
  AllSubscription,
  AppendResult,
  DEFAULT_READ_ALL_MAX_COUNT,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
} from '../../src/event-store/event-store.port';
import { comparePositions, Position } from '../../src/event-store/position';

export interface EventStoreContractSubject {
  store: EventStore;
  /** Opens a second, independent store on the same backend (for concurrent writers); the test closes it. */
  openAnother?: () => Promise<EventStore>;
  dispose(): Promise<void>;
}

export function describeEventStoreContract(
  adapterName: string,
  setup: () => Promise<EventStoreContractSubject>,
): void {
  describe(`${adapterName} event store contract`, () => {
    let subject: EventStoreContractSubject;
    let store: EventStore;

    beforeAll(async () => {
      subject = await setup();
      store = subject.store;
    });

    afterAll(async () => {
      tornDown = true;
      await subject?.dispose();
    });

    /** The suite's store and, when the adapter offers one, a second store on the same backend. */
    async function withWriterStores<T>(work: (stores: EventStore[]) => Promise<T>): Promise<T> {
      const another = subject.openAnother ? await subject.openAnother() : undefined;
      try {
        return await work(another ? [store, another] : [store]);
      } finally {
        await another?.close();
      }
    }

    describe('appendToStream: expected revision', () => {
      it("'no_stream' creates the stream at revisions 0..n-1", async () => {
        const stream = uniqueStream('create');
        const events = newEvents(3);
        const result = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(2);
        const stored = await store.readStream(stream);
        expect(stored.map((event) => event.revision)).toEqual([0, 1, 2]);
        expect(idsOf(stored)).toEqual(idsOf(events));
      });

      it("'no_stream' on an existing stream fails with its last revision as actual", async () => {
        const stream = await streamWithEvents('exists', 2);
        await expectWrongExpectedVersion(
          store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' }),
          { stream, expected: 'no_stream', actual: 1 },
        );
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it("'stream_exists' appends to an existing stream", async () => {
        const stream = await streamWithEvents('exists-ok', 1);
        const result = await store.appendToStream(stream, newEvents(2), { expectedRevision: 'stream_exists' });
        expect(result.nextExpectedRevision).toBe(2);
      });

      it("'stream_exists' on a missing stream fails with actual -1", async () => {
        const stream = uniqueStream('missing');
        await expectWrongExpectedVersion(
          store.appendToStream(stream, [newEvent()], { expectedRevision: 'stream_exists' }),
          { stream, expected: 'stream_exists', actual: -1 },
        );
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('an exact revision equal to the last event appends after it', async () => {
        const stream = await streamWithEvents('exact', 2);
        const result = await store.appendToStream(stream, newEvents(3), { expectedRevision: 1 });
        expect(result.nextExpectedRevision).toBe(4);
        expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      });

      it('an exact revision behind the stream fails with the actual last revision', async () => {
        const stream = await streamWithEvents('behind', 3);
        await expectWrongExpectedVersion(store.appendToStream(stream, [newEvent()], { expectedRevision: 1 }), {
          stream,
          expected: 1,
          actual: 2,
        });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('an exact revision ahead of the stream fails with the actual last revision', async () => {
        const stream = await streamWithEvents('ahead', 2);
        await expectWrongExpectedVersion(store.appendToStream(stream, [newEvent()], { expectedRevision: 5 }), {
          stream,
          expected: 5,
          actual: 1,
        });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('an exact revision on a missing stream fails with actual -1', async () => {
        const stream = uniqueStream('exact-missing');
        await expectWrongExpectedVersion(store.appendToStream(stream, [newEvent()], { expectedRevision: 0 }), {
          stream,
          expected: 0,
          actual: -1,
        });
        expect(await store.readStream(stream)).toEqual([]);
      });

      it("'any' creates a missing stream and appends to an existing one", async () => {
        const stream = uniqueStream('any');
        expect((await store.appendToStream(stream, newEvents(2), { expectedRevision: 'any' })).nextExpectedRevision).toBe(1);
        expect((await store.appendToStream(stream, newEvents(1), { expectedRevision: 'any' })).nextExpectedRevision).toBe(2);
      });

      it("no expected revision means 'any'", async () => {
        const stream = uniqueStream('default');
        expect((await store.appendToStream(stream, newEvents(1))).nextExpectedRevision).toBe(0);
        expect((await store.appendToStream(stream, newEvents(1))).nextExpectedRevision).toBe(1);
      });

      // Chosen semantics, as EventStoreDB's: an empty append writes nothing and answers with
      // the current revision; the expectation is still checked.
      it('appending no events writes nothing and returns the current revision', async () => {
        const stream = await streamWithEvents('empty-append', 2);
        const result = await store.appendToStream(stream, [], { expectedRevision: 1 });
        expect(result.nextExpectedRevision).toBe(1);
        expect(await store.readStream(stream)).toHaveLength(2);
        const missing = uniqueStream('empty-missing');
        expect((await store.appendToStream(missing, [], { expectedRevision: 'no_stream' })).nextExpectedRevision).toBe(-1);
        expect(await store.readStream(missing)).toEqual([]);
      });

      it('appending no events still fails when the expectation is not met', async () => {
        const stream = await streamWithEvents('empty-wrong', 1);
        await expectWrongExpectedVersion(store.appendToStream(stream, [], { expectedRevision: 'no_stream' }), {
          stream,
          expected: 'no_stream',
          actual: 0,
        });
      });
    });

    describe('appendToStream: concurrent appenders', () => {
      it('lets exactly one of several appenders at the same revision win; every other gets WrongExpectedVersionError', async () => {
        const stream = await streamWithEvents('race', 1);
        const contenders = 6;
        const rounds = 4;
        const winners = await withWriterStores(async (stores) => {
          const winnerIds: string[] = [];
          for (let round = 0; round < rounds; round++) {
            const candidates = newEvents(contenders);
            const outcomes = await Promise.allSettled(
              candidates.map((event, index) =>
                stores[index % stores.length].appendToStream(stream, [event], { expectedRevision: round }),
              ),
            );
            const won = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
            expect(won).toHaveLength(1);
            expect((outcomes[won[0]] as PromiseFulfilledResult<AppendResult>).value.nextExpectedRevision).toBe(round + 1);
            for (const outcome of outcomes) {
              if (outcome.status === 'fulfilled') continue;
              expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
              expect(outcome.reason).toMatchObject({ streamName: stream, expected: round, actual: round + 1 });
            }
            winnerIds.push(candidates[won[0]].id);
          }
          return winnerIds;
        });
        const stored = await store.readStream(stream);
        expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
        expect(idsOf(stored.slice(1))).toEqual(winners);
      });

      it("lets exactly one of several 'no_stream' appenders create the stream", async () => {
        const stream = uniqueStream('create-race');
        const contenders = 6;
        const outcomes = await withWriterStores((stores) =>
          Promise.allSettled(
            Array.from({ length: contenders }, (_, index) =>
              stores[index % stores.length].appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' }),
            ),
          ),
        );
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'fulfilled') continue;
          expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
          expect(outcome.reason).toMatchObject({ streamName: stream, expected: 'no_stream', actual: 1 });
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it("gives every concurrent 'any' appender its own contiguous revisions", async () => {
        const stream = uniqueStream('any-race');
        const batches = Array.from({ length: 8 }, () => newEvents(2));
        const results = await withWriterStores((stores) =>
          Promise.all(batches.map((events, index) => stores[index % stores.length].appendToStream(stream, events))),
        );
        const stored = await store.readStream(stream);
        expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: 16 }, (_, revision) => revision));
        batches.forEach((events, index) => {
          const last = results[index].nextExpectedRevision;
          expect(idsOf(stored.slice(last - 1, last + 1))).toEqual(idsOf(events));
        });
      });
    });

    describe('appendToStream: idempotence', () => {
      it('repeating an append at an exact revision returns the first result and writes nothing', async () => {
        const stream = await streamWithEvents('repeat-exact', 1);
        const events = newEvents(2);
        const first = await store.appendToStream(stream, events, { expectedRevision: 0 });
        const again = await store.appendToStream(stream, events, { expectedRevision: 0 });
        expect(again).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it("repeating a 'no_stream' append returns the first result and writes nothing", async () => {
        const stream = uniqueStream('repeat-create');
        const events = newEvents(3);
        const first = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        const again = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(again).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it("repeating an 'any' append returns the first result and writes nothing", async () => {
        const stream = await streamWithEvents('repeat-any', 2);
        const events = newEvents(2);
        const first = await store.appendToStream(stream, events, { expectedRevision: 'any' });
        const again = await store.appendToStream(stream, events, { expectedRevision: 'any' });
        expect(again).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it('a repeated append still gets its first result after the stream moved on', async () => {
        const stream = await streamWithEvents('repeat-late', 1);
        const events = newEvents(2);
        const first = await store.appendToStream(stream, events, { expectedRevision: 0 });
        await store.appendToStream(stream, newEvents(2), { expectedRevision: 2 });
        const again = await store.appendToStream(stream, events, { expectedRevision: 0 });
        expect(again).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(5);
      });

      it('reusing ids at another revision of the same stream is a conflict', async () => {
        const stream = await streamWithEvents('reuse-elsewhere', 1);
        const events = newEvents(2);
        await store.appendToStream(stream, events, { expectedRevision: 0 });
        await expectEventIdConflict(store.appendToStream(stream, events, { expectedRevision: 2 }), stream);
        await expectEventIdConflict(store.appendToStream(stream, events, { expectedRevision: 'no_stream' }), stream);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('reusing only some of the ids of an earlier append is a conflict', async () => {
        const stream = uniqueStream('reuse-partial');
        const events = newEvents(2);
        await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        await expectEventIdConflict(store.appendToStream(stream, [events[1], newEvent()], { expectedRevision: 'any' }), stream);
        await expectEventIdConflict(store.appendToStream(stream, [newEvent(), events[0]], { expectedRevision: 1 }), stream);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('repeating ids in another order is a conflict', async () => {
        const stream = uniqueStream('reuse-order');
        const events = newEvents(2);
        await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        await expectEventIdConflict(store.appendToStream(stream, [events[1], events[0]], { expectedRevision: 'any' }), stream);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('reusing ids in another stream is a conflict, reported before any expected-revision check', async () => {
        const stream = uniqueStream('reuse-source');
        const other = uniqueStream('reuse-target');
        const events = newEvents(2);
        await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        await expectEventIdConflict(store.appendToStream(other, events, { expectedRevision: 'no_stream' }), other);
        await expectEventIdConflict(store.appendToStream(other, events, { expectedRevision: 7 }), other);
        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('stored events', () => {
      it('keep id, type, data and every metadata key, with the stream, revision and position', async () => {
        const stream = uniqueStream('roundtrip');
        const event = newEvent('RoundTripped', {
          subject: 'Richiesta d’accesso agli atti – è urgente',
          amounts: [1, 2.5, -3],
          nested: { flag: true, nothing: null, text: 'a "quoted" \\ backslash' },
        });
        event.metadata = { ...event.metadata, channel: 'sportello', ticket: { number: 42 } };
        const result = await store.appendToStream(stream, [event], { expectedRevision: 'no_stream' });
        const [stored] = await store.readStream(stream);
        expect(stored).toMatchObject({
          id: event.id,
          type: 'RoundTripped',
          streamName: stream,
          revision: 0,
          position: result.position,
        });
        expect(stored.data).toEqual(event.data);
        expect(stored.metadata).toEqual(event.metadata);
        expect(stored.createdAt).toBeInstanceOf(Date);
        expect(Number.isNaN(stored.createdAt.getTime())).toBe(false);
        expect(typeof stored.position.commit).toBe('number');
        expect(typeof stored.position.prepare).toBe('number');
      });

      it('take increasing global positions in revision order within one append', async () => {
        const stream = uniqueStream('batch-order');
        const result = await store.appendToStream(stream, newEvents(4), { expectedRevision: 'no_stream' });
        const stored = await store.readStream(stream);
        expectStrictlyIncreasing(stored.map((event) => event.position));
        expect(stored[3].position).toEqual(result.position);
      });
    });

    describe('readStream', () => {
      it('returns an empty array for a missing stream', async () => {
        expect(await store.readStream(uniqueStream('never'))).toEqual([]);
        expect(await store.readStream(uniqueStream('never'), { direction: 'backwards' })).toEqual([]);
      });

      it('reads forwards from the start by default', async () => {
        const stream = await streamWithEvents('forwards', 5);
        expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      });

      it('reads forwards from an inclusive revision, at most maxCount events', async () => {
        const stream = await streamWithEvents('forwards-bounded', 6);
        const page = await store.readStream(stream, { fromRevision: 2, maxCount: 3 });
        expect(page.map((event) => event.revision)).toEqual([2, 3, 4]);
        const tail = await store.readStream(stream, { fromRevision: 4, maxCount: 10 });
        expect(tail.map((event) => event.revision)).toEqual([4, 5]);
        expect(await store.readStream(stream, { fromRevision: 6 })).toEqual([]);
      });

      it('reads backwards from the end by default', async () => {
        const stream = await streamWithEvents('backwards', 4);
        const page = await store.readStream(stream, { direction: 'backwards' });
        expect(page.map((event) => event.revision)).toEqual([3, 2, 1, 0]);
      });

      it('reads backwards from an inclusive revision, at most maxCount events', async () => {
        const stream = await streamWithEvents('backwards-bounded', 6);
        const page = await store.readStream(stream, { direction: 'backwards', fromRevision: 4, maxCount: 3 });
        expect(page.map((event) => event.revision)).toEqual([4, 3, 2]);
        const last = await store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
        expect(last.map((event) => event.revision)).toEqual([5]);
      });
    });

    describe('readAll', () => {
      it('reads forwards in strictly increasing global order', async () => {
        const prefix = uniquePrefix('all-forwards');
        const written = await appendAcrossStreams(prefix, 3, 3);
        const read = await store.readAll({ filter: { streamPrefixes: [prefix] } });
        expect(idsOf(read)).toEqual(idsOf(written));
        expectStrictlyIncreasing(read.map((event) => event.position));
      });

      it('reads backwards from the end in strictly decreasing global order', async () => {
        const prefix = uniquePrefix('all-backwards');
        const written = await appendAcrossStreams(prefix, 3, 2);
        const read = await store.readAll({ direction: 'backwards', filter: { streamPrefixes: [prefix] } });
        expect(idsOf(read)).toEqual(idsOf(written).reverse());
      });

      it('reads forwards from an inclusive position, at most maxCount events', async () => {
        const prefix = uniquePrefix('all-from');
        const written = await appendAcrossStreams(prefix, 2, 3);
        const page = await store.readAll({
          fromPosition: written[2].position,
          maxCount: 3,
          filter: { streamPrefixes: [prefix] },
        });
        expect(idsOf(page)).toEqual(idsOf(written.slice(2, 5)));
        const exact = await store.readAll({ fromPosition: written[4].position, maxCount: 1 });
        expect(idsOf(exact)).toEqual([written[4].id]);
      });

      it('reads backwards from an inclusive position, at most maxCount events', async () => {
        const prefix = uniquePrefix('all-back-from');
        const written = await appendAcrossStreams(prefix, 2, 3);
        const page = await store.readAll({
          direction: 'backwards',
          fromPosition: written[3].position,
          maxCount: 3,
          filter: { streamPrefixes: [prefix] },
        });
        expect(idsOf(page)).toEqual(idsOf(written.slice(1, 4)).reverse());
        const exact = await store.readAll({ direction: 'backwards', fromPosition: written[1].position, maxCount: 1 });
        expect(idsOf(exact)).toEqual([written[1].id]);
      });

      it(`returns at most ${DEFAULT_READ_ALL_MAX_COUNT} events when no maxCount is given`, async () => {
        const stream = uniqueStream('default-max');
        const events = newEvents(DEFAULT_READ_ALL_MAX_COUNT + 1);
        const result = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        await untilReadable(store, result.position);
        const read = await store.readAll({ filter: { streamPrefixes: [stream] } });
        expect(read).toHaveLength(DEFAULT_READ_ALL_MAX_COUNT);
        expect(read[0].revision).toBe(0);
      });

      it('filters by exact event types', async () => {
        const prefix = uniquePrefix('types');
        const opened = `${prefix}Opened`;
        const closed = `${prefix}Closed`;
        const first = [newEvent(opened), newEvent(closed), newEvent(`${opened}Again`)];
        const second = [newEvent(closed), newEvent(opened)];
        await appendReadable(`${prefix}a`, first);
        await appendReadable(`${prefix}b`, second);
        const read = await store.readAll({ filter: { eventTypes: [opened] } });
        expect(idsOf(read)).toEqual([first[0].id, second[1].id]);
        const both = await store.readAll({ filter: { eventTypes: [opened, closed] } });
        expect(idsOf(both)).toEqual([first[0].id, first[1].id, second[0].id, second[1].id]);
      });

      it('filters by stream prefixes', async () => {
        const prefix = uniquePrefix('prefixes');
        const kept = [
          ...(await appendReadable(`${prefix}pratica-1`, newEvents(2))),
          ...(await appendReadable(`${prefix}segnalazione-1`, newEvents(1))),
        ];
        await appendReadable(`${prefix}reclamo-1`, newEvents(2));
        const read = await store.readAll({ filter: { streamPrefixes: [`${prefix}pratica-`, `${prefix}segnalazione-`] } });
        expect(idsOf(read)).toEqual(idsOf(kept));
      });

      it('takes stream prefixes literally, wildcard characters included', async () => {
        const prefix = uniquePrefix('literal');
        const kept = await appendReadable(`${prefix}a_%1`, newEvents(1));
        await appendReadable(`${prefix}ab%1`, newEvents(1));
        await appendReadable(`${prefix}a_x1`, newEvents(1));
        const read = await store.readAll({ filter: { streamPrefixes: [`${prefix}a_%`] } });
        expect(idsOf(read)).toEqual(idsOf(kept));
      });

      it('reports a head position that is the position of the last event of the log', async () => {
        const stream = uniqueStream('head');
        const result = await store.appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
        await untilReadable(store, result.position);
        const head = await store.headPosition();
        expect(head).not.toBeNull();
        expect(comparePositions(head as Position, result.position)).toBeGreaterThanOrEqual(0);
        const [last] = await store.readAll({ direction: 'backwards', fromPosition: head as Position, maxCount: 1 });
        expect(last.position).toEqual(head);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up on stored events, then delivers live ones', async () => {
        const prefix = uniquePrefix('catch-up');
        const stored = await appendAcrossStreams(prefix, 2, 2);
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
        const delivering = takeMatching(subscription, prefix, 6);
        const live = await store.appendToStream(`${prefix}live`, newEvents(2));
        const delivered = await delivering;
        expect(idsOf(delivered.slice(0, 4))).toEqual(idsOf(stored));
        expect(delivered.slice(4).map((event) => event.streamName)).toEqual([`${prefix}live`, `${prefix}live`]);
        expect(delivered[5].position).toEqual(live.position);
        expectStrictlyIncreasing(delivered.map((event) => event.position));
      });

      it('starts strictly after the given position', async () => {
        const prefix = uniquePrefix('exclusive');
        const written = await appendAcrossStreams(prefix, 2, 2);
        const subscription = store.subscribeToAll({ fromPosition: written[1].position, filter: { streamPrefixes: [prefix] } });
        expect(idsOf(await takeMatching(subscription, prefix, 2))).toEqual(idsOf(written.slice(2)));
      });

      it("from 'end' delivers only events appended after it started", async () => {
        const prefix = uniquePrefix('from-end');
        await appendReadable(`${prefix}old`, newEvents(3));
        const subscription = store.subscribeToAll({ fromPosition: 'end', filter: { streamPrefixes: [prefix] } });
        const delivered = await deliveredOnceLive(subscription, `${prefix}new`);
        expect(delivered.every((event) => event.streamName === `${prefix}new`)).toBe(true);
        const revisions = delivered.map((event) => event.revision);
        expect(revisions).toEqual(revisions.map((_, index) => revisions[0] + index));
      });

      it('delivers only the event types of its filter', async () => {
        const prefix = uniquePrefix('sub-types');
        const wanted = `${prefix}Wanted`;
        const first = [newEvent(wanted), newEvent(`${prefix}Other`)];
        await store.appendToStream(`${prefix}a`, first);
        const subscription = store.subscribeToAll({ filter: { eventTypes: [wanted] } });
        const delivering = takeMatching(subscription, prefix, 2);
        const later = [newEvent(`${prefix}Other`), newEvent(wanted)];
        await store.appendToStream(`${prefix}b`, later);
        expect(idsOf(await delivering)).toEqual([first[0].id, later[1].id]);
      });

      it('delivers only the streams of its prefix filter', async () => {
        const prefix = uniquePrefix('sub-prefix');
        const kept = `${prefix}kept-`;
        const before = newEvents(1);
        await store.appendToStream(`${prefix}skipped-1`, newEvents(2));
        await store.appendToStream(`${kept}1`, before);
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [kept] } });
        const delivering = takeMatching(subscription, prefix, 2);
        const after = newEvents(1);
        await store.appendToStream(`${prefix}skipped-2`, newEvents(2));
        await store.appendToStream(`${kept}2`, after);
        expect(idsOf(await delivering)).toEqual(idsOf([...before, ...after]));
      });

      it(
        'gives subscribers started before, during and after concurrent writers every event once, in one global order',
        async () => {
          const prefix = uniquePrefix('writers');
          const writers = 4;
          const eventsPerWriter = 50;
          const total = writers * eventsPerWriter;
          const subscribe = () => takeMatching(store.subscribeToAll({ filter: { streamPrefixes: [prefix] } }), prefix, total);
          const before = subscribe();
          let during: Promise<RecordedEvent[]> | undefined;
          const written = await withWriterStores((stores) =>
            Promise.all(
              Array.from({ length: writers }, (_, writer) =>
                writeInBatches(stores[writer % stores.length], `${prefix}writer-${writer}`, eventsPerWriter, writer, (count) => {
                  if (writer === 0 && count >= eventsPerWriter / 2) during ??= subscribe();
                }),
              ),
            ),
          );
          const after = subscribe();
          const deliveries = await Promise.all([before, during as Promise<RecordedEvent[]>, after]);

          // Every subscriber has seen everything, so the log is readable up to there.
          const logged = await store.readAll({ filter: { streamPrefixes: [prefix] }, maxCount: total + 1 });
          expect(new Set(idsOf(logged))).toEqual(new Set(written.flat().map((event) => event.id)));
          expect(logged).toHaveLength(total);
          expectStrictlyIncreasing(logged.map((event) => event.position));
          expectEachStreamInRevisionOrder(logged);
          for (const delivered of deliveries) {
            expect(idsOf(delivered)).toEqual(idsOf(logged));
            expect(delivered.map((event) => event.position)).toEqual(logged.map((event) => event.position));
          }
        },
        60_000,
      );

      it('close() ends an iteration that is waiting for events', async () => {
        const prefix = uniquePrefix('close');
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
        const delivered = collect(subscription);
        await store.appendToStream(`${prefix}a`, newEvents(1));
        await delivered.atLeast(1);
        await subscription.close();
        await delivered.finished;
        expect(delivered.events).toHaveLength(1);
        expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
      });

      it('breaking out of for await ends the subscription', async () => {
        const prefix = uniquePrefix('break');
        await store.appendToStream(`${prefix}a`, newEvents(3));
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] } });
        for await (const event of subscription) {
          expect(event.revision).toBe(0);
          break;
        }
        expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
      });
    });

    // --- helpers that use the suite's store ---

    async function streamWithEvents(label: string, count: number): Promise<string> {
      const stream = uniqueStream(label);
      await store.appendToStream(stream, newEvents(count), { expectedRevision: 'no_stream' });
      return stream;
    }

    /** Appends, waits until readers of the global log see it, and returns the events as stored. */
    async function appendReadable(stream: string, events: NewEvent[]): Promise<RecordedEvent[]> {
      const result = await store.appendToStream(stream, events);
      await untilReadable(store, result.position);
      return (await store.readStream(stream)).slice(-events.length);
    }

    /** `rounds` appends to each of `streams` streams, interleaved; the stored events in append order. */
    async function appendAcrossStreams(prefix: string, streams: number, rounds: number): Promise<RecordedEvent[]> {
      const written: RecordedEvent[] = [];
      for (let round = 0; round < rounds; round++) {
        for (let index = 0; index < streams; index++) written.push(...(await appendReadable(`${prefix}s${index}`, [newEvent()])));
      }
      return written;
    }

    /** Appends probe events until the subscription delivers one: it is then surely live. Returns what it delivered. */
    async function deliveredOnceLive(subscription: AllSubscription, probeStream: string): Promise<RecordedEvent[]> {
      const delivered = collect(subscription);
      let expectedRevision: ExpectedRevision = 'no_stream';
      while (delivered.events.length === 0) {
        const result = await store.appendToStream(probeStream, [newEvent('Probe')], { expectedRevision });
        expectedRevision = result.nextExpectedRevision;
        // Give the probe a moment to arrive before sending another.
        await Promise.race([delivered.atLeast(1), pause(100)]);
      }
      const last = await store.appendToStream(probeStream, [newEvent('Probe')], { expectedRevision });
      // Live from the first probe it delivered, it must deliver every later one, up to the last.
      await delivered.atLeast(last.nextExpectedRevision - delivered.events[0].revision + 1);
      await subscription.close();
      await delivered.finished;
      return delivered.events;
    }
  });
}

// --- helpers that need no store ---

const RUN = randomUUID().slice(0, 8);

function uniquePrefix(label: string): string {
  return `contract-${RUN}-${label}-${randomUUID().slice(0, 8)}-`;
}

function uniqueStream(label: string): string {
  return `${uniquePrefix(label)}stream`;
}

function newEvent(type = 'SomethingHappened', data: unknown = { value: randomUUID() }): NewEvent {
  const metadata: EventMetadata = {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { id: 'operatore-1', role: 'operator' },
    recordedAt: '2025-11-24T09:30:00.000Z',
    schemaVersion: 1,
  };
  return { id: randomUUID(), type, data, metadata };
}

function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, () => newEvent());
}

function idsOf(events: ReadonlyArray<{ id: string }>): string[] {
  return events.map((event) => event.id);
}

async function expectWrongExpectedVersion(
  attempt: Promise<unknown>,
  expected: { stream: string; expected: ExpectedRevision; actual: number },
): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject({ streamName: expected.stream, expected: expected.expected, actual: expected.actual });
}

async function expectEventIdConflict(attempt: Promise<unknown>, stream: string): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(EventIdConflictError);
  expect(error).toMatchObject({ streamName: stream });
}

function expectStrictlyIncreasing(positions: Position[]): void {
  positions.slice(1).forEach((position, index) => {
    expect(comparePositions(positions[index], position)).toBe(-1);
  });
}

function expectEachStreamInRevisionOrder(events: RecordedEvent[]): void {
  const nextRevision = new Map<string, number>();
  for (const event of events) {
    expect(event.revision).toBe(nextRevision.get(event.streamName) ?? 0);
    nextRevision.set(event.streamName, event.revision + 1);
  }
}

/** Appends `count` events to `stream` in batches of 1 to 3, each at the exact expected revision. */
async function writeInBatches(
  store: EventStore,
  stream: string,
  count: number,
  seed: number,
  onProgress: (written: number) => void,
): Promise<NewEvent[]> {
  const written: NewEvent[] = [];
  let expectedRevision: ExpectedRevision = 'no_stream';
  while (written.length < count) {
    const batch = newEvents(Math.min(1 + ((seed + written.length) % 3), count - written.length));
    expectedRevision = (await store.appendToStream(stream, batch, { expectedRevision })).nextExpectedRevision;
    written.push(...batch);
    onProgress(written.length);
  }
  return written;
}

/** Reads until `count` events of streams starting with `prefix` arrived, then closes the subscription. */
async function takeMatching(subscription: AllSubscription, prefix: string, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  try {
    for await (const event of subscription) {
      if (event.streamName.startsWith(prefix)) taken.push(event);
      if (taken.length === count) break;
    }
  } finally {
    await subscription.close();
  }
  return taken;
}

/**
 * Waits until readers of the global log see `position`: a store may publish a commit to
 * them a little later (the PostgreSQL adapter waits for older transactions to end).
 */
async function untilReadable(store: EventStore, position: Position): Promise<void> {
  for (;;) {
    const head = await store.headPosition();
    if (head && comparePositions(head, position) >= 0) return;
    if (tornDown) throw new Error('The suite ended while still waiting');
    await pause(5);
  }
}

interface Collected {
  events: RecordedEvent[];
  /** Resolves once `count` events arrived; fails at once if the iteration ends (or throws) before. */
  atLeast(count: number): Promise<void>;
  finished: Promise<void>;
}

/** Iterates a subscription in the background. */
function collect(subscription: AllSubscription): Collected {
  const events: RecordedEvent[] = [];
  let ended = false;
  const finished = (async () => {
    try {
      for await (const event of subscription) events.push(event);
    } finally {
      ended = true;
    }
  })();
  finished.catch(() => undefined); // surfaced through atLeast()
  const atLeast = async (count: number) => {
    await Promise.race([until(() => events.length >= count || ended), finished]);
    if (events.length < count) throw new Error(`The subscription ended after ${events.length} of ${count} events`);
  };
  return { events, atLeast, finished };
}

/** Set once the suite is over, so that a wait left behind by a failed test stops instead of spinning for ever. */
let tornDown = false;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    if (tornDown) throw new Error('The suite ended while still waiting');
    await pause(5);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
