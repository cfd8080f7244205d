/**
 * The outbox folds a batch in memory between one round of reads and one round of writes.
 * The same log must give the same four tables however it is cut into batches: all at once,
 * one event per batch (as the projection wrote before), or in threes. The log mixes what
 * changes the rows within a batch: a referent appointed and removed between two messages, a
 * duplicate merged before its survivor is answered, deliveries of messages written in the
 * same batch, a failure recorded after a delivery.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { RecordedEvent } from '../../src/read-side';
import { CaseScript, on, sectorEstablished, sectorRenamed } from '../../test/read-side/support/case-script';
import { provisionTestDatabase, type TestDatabase } from '../../test/support/database';
import { connect, type Connections } from '../testing/test-harness';
import { messageIdFor } from './message-id';
import { OutboxProjection } from './outbox.projection';

const TABLES = ['outbox_messages', 'outbox_cases', 'outbox_sectors', 'outbox_referents'];
const KEYS: Record<string, string> = {
  outbox_messages: 'message_id',
  outbox_cases: 'case_id',
  outbox_sectors: 'sector_id',
  outbox_referents: 'sector_id, user_id',
};

describe('outbox batches', () => {
  let database: TestDatabase;
  let connections: Connections;
  let dataSource: DataSource;
  const projection = new OutboxProjection();

  beforeAll(async () => {
    database = await provisionTestDatabase();
    connections = await connect(database.url);
    dataSource = connections.dataSource;
  });
  afterAll(async () => {
    await connections?.close();
    await database?.dispose();
  });

  let sequence = 0;
  function recorded(streamName: string, event: { type: string; data: object }): RecordedEvent {
    sequence++;
    return {
      id: randomUUID(),
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: `correlation-${sequence}`,
        causationId: `cause-${sequence}`,
        actor: { id: 'user-operator-anna', role: 'operator' },
        recordedAt: new Date(Date.parse('2026-03-02T09:00:00.000Z') + sequence * 60_000).toISOString(),
        schemaVersion: 1,
      },
      streamName,
      revision: sequence,
      position: { commit: 5000 + sequence, prepare: sequence },
      createdAt: new Date(),
    };
  }

  /** A log that exercises every way a batch changes its own rows. */
  function storyLog(): { events: RecordedEvent[]; ids: Record<string, string> } {
    const lavori = randomUUID();
    const tributi = randomUUID();
    const [anna, bruno, carla] = [randomUUID(), randomUUID(), randomUUID()];
    const survivor = new CaseScript();
    const duplicate = new CaseScript();
    const atCounter = new CaseScript();
    const unmerged = new CaseScript();
    const sector = (e: { type: string; data: object }) => recorded(`sector-${lavori}`, e);
    const referent = (type: string, userId: string, extra: object = {}) =>
      recorded(`sector-${lavori}`, { type, data: { sectorId: lavori, userId, ...extra } });
    const kase = (script: CaseScript, e: { type: string; data: object }) => recorded(`case-${script.caseId}`, e);

    const events: RecordedEvent[] = [];
    events.push(sector(sectorEstablished(lavori, 'Lavori Pubblici')));
    events.push(recorded(`sector-${tributi}`, sectorEstablished(tributi, 'Tributi')));
    events.push(referent('SectorReferentAppointed', anna, { displayName: 'Anna Neri', email: 'anna.neri@comune.example.it' }));
    events.push(referent('SectorReferentAppointed', bruno, { displayName: 'Bruno Verdi' }));
    events.push(referent('SectorReferentAppointed', carla, { displayName: 'Carla Bianchi', email: 'carla.bianchi@comune.example.it' }));
    for (const script of [survivor, duplicate, atCounter, unmerged]) events.push(kase(script, script.received()));
    const survivorAck = kase(survivor, survivor.acknowledged());
    const duplicateAck = kase(duplicate, duplicate.acknowledged(on('2026-03-02', '09:02'), 'URP-2026-000002'));
    events.push(survivorAck, duplicateAck);
    events.push(kase(atCounter, atCounter.acknowledged(on('2026-03-02', '09:03'), 'URP-2026-000003', 'counter')));
    events.push(kase(unmerged, unmerged.acknowledged(on('2026-03-02', '09:04'), 'URP-2026-000004')));
    events.push(kase(survivor, survivor.classified('complaint', on('2026-03-02', '10:00'), '2026-04-01')));
    // Carla is told of the routing, not of the reminder: she is removed in between.
    events.push(kase(survivor, survivor.routed(lavori)));
    events.push(referent('SectorReferentRemoved', carla));
    events.push(kase(survivor, survivor.reminder(lavori, 1)));
    events.push(kase(survivor, survivor.handedBack(lavori, 'Competenza dei Tributi')));
    events.push(recorded(`sector-${tributi}`, sectorRenamed(tributi, 'Tributi', 'Tributi e Tariffe')));
    events.push(kase(survivor, survivor.routed(tributi, on('2026-03-05'), '2026-03-15', lavori)));
    // A delivery that fails, is retried and delivered; a failure recorded late does not undo it.
    const ackMessage = messageIdFor(survivorAck.id);
    const outcome = (type: string, data: object) => recorded(`message-${ackMessage}`, { type, data: { messageId: ackMessage, caseId: survivor.caseId, ...data } });
    events.push(outcome('MessageDeliveryFailed', { attempt: 1, permanent: false, nextAttemptAt: '2026-03-02T09:10:00.000Z', smtpResponse: '451 4.3.0 Try again', failedAt: '2026-03-02T09:05:00.000Z' }));
    events.push(outcome('MessageDelivered', { attempt: 2, recipientCount: 1, smtpResponse: '250 2.0.0 Ok', deliveredAt: '2026-03-02T09:10:01.000Z' }));
    events.push(outcome('MessageDeliveryFailed', { attempt: 3, permanent: true, nextAttemptAt: null, smtpResponse: '550 5.1.1', failedAt: '2026-03-02T09:11:00.000Z' }));
    events.push(
      recorded(`message-${messageIdFor(duplicateAck.id)}`, {
        type: 'MessageDeliveryFailed',
        data: { messageId: messageIdFor(duplicateAck.id), caseId: duplicate.caseId, attempt: 1, permanent: true, nextAttemptAt: null, smtpResponse: '550 5.1.1 No such user', failedAt: '2026-03-02T09:06:00.000Z' },
      }),
    );
    events.push(kase(survivor, survivor.informationRequested('Quale civico, esattamente?')));
    events.push(kase(survivor, survivor.informationReceived('Il civico 12.', 3, '2026-04-04')));
    events.push(kase(survivor, survivor.interimReply('Il sopralluogo è fissato per lunedì.')));
    events.push(kase(survivor, survivor.extended('2026-04-04', '2026-04-20', 'Serve un preventivo.')));
    events.push(kase(duplicate, duplicate.merged(survivor.caseId)));
    events.push(kase(atCounter, atCounter.merged(survivor.caseId)));
    events.push(kase(unmerged, unmerged.merged(survivor.caseId)));
    events.push(kase(unmerged, unmerged.unmerged(survivor.caseId)));
    events.push(kase(survivor, survivor.finalReplySent('La buca è stata chiusa.', '2026-04-20')));
    events.push(kase(survivor, survivor.closed()));
    return { events, ids: { lavori, tributi, anna, bruno, carla, survivor: survivor.caseId, duplicate: duplicate.caseId, atCounter: atCounter.caseId, unmerged: unmerged.caseId, ackMessage } };
  }

  /** Applies the log cut into batches of `size`, each in its own transaction, to tables named `${prefix}_…`. */
  async function project(prefix: string, events: readonly RecordedEvent[], size: number): Promise<number[]> {
    const table = (logical: string) => `${prefix}_${logical}`;
    await dataSource.transaction((em) => projection.createTables(em, table));
    const statements: number[] = [];
    for (let start = 0; start < events.length; start += size) {
      await dataSource.transaction(async (em) => {
        statements.push(0);
        const counting = countingManager(em, () => statements[statements.length - 1]++);
        await projection.apply(events.slice(start, start + size), { em: counting, table });
      });
    }
    return statements;
  }

  async function tablesOf(prefix: string): Promise<Record<string, unknown[]>> {
    const contents: Record<string, unknown[]> = {};
    for (const logical of TABLES) contents[logical] = await dataSource.query(`SELECT * FROM ${prefix}_${logical} ORDER BY ${KEYS[logical]}`);
    return contents;
  }

  it('gives the same tables whether the log comes in one batch, one event at a time, or in threes', async () => {
    const { events, ids } = storyLog();
    const run = randomUUID().slice(0, 8);
    await project(`whole_${run}`, events, events.length);
    await project(`single_${run}`, events, 1);
    await project(`threes_${run}`, events, 3);

    const whole = await tablesOf(`whole_${run}`);
    expect(await tablesOf(`single_${run}`)).toEqual(whole);
    expect(await tablesOf(`threes_${run}`)).toEqual(whole);

    // And the tables say what the log means.
    const messages = whole.outbox_messages as { purpose: string; case_id: string; status: string; attempts: number; message_id: string; content: { recipients?: { userId: string }[]; sectorName?: string } }[];
    const routings = messages.filter((m) => m.purpose === 'routing');
    const lavoriRouting = routings.find((m) => m.content.sectorName === 'Lavori Pubblici')!;
    const tributiRouting = routings.find((m) => m.content.sectorName === 'Tributi e Tariffe')!;
    expect(lavoriRouting.content.recipients!.map((r) => r.userId)).toEqual([ids.anna, ids.carla].sort());
    expect(tributiRouting.content.recipients).toEqual([]);
    const reminder = messages.find((m) => m.purpose === 'take_charge_reminder')!;
    expect(reminder.content.recipients!.map((r) => r.userId)).toEqual([ids.anna]);
    // The duplicates whose citizen gave an e-mail are told; the one met at the counter and the unmerged one are not.
    expect(messages.filter((m) => m.purpose === 'duplicate_answered').map((m) => m.case_id)).toEqual([ids.duplicate]);
    const ack = messages.find((m) => m.message_id === ids.ackMessage)!;
    expect({ status: ack.status, attempts: ack.attempts }).toEqual({ status: 'delivered', attempts: 2 });
    expect(messages.find((m) => m.case_id === ids.duplicate && m.purpose === 'acknowledgement')?.status).toBe('failed');
    expect(whole.outbox_referents).toHaveLength(2);
    expect(whole.outbox_cases.find((c) => (c as { case_id: string }).case_id === ids.survivor)).toMatchObject({
      sector_id: ids.tributi,
      final_reply_due_date: '2026-04-20',
      kind: 'complaint',
      has_email: true,
    });
  });

  it('costs a few statements per batch, not one per event', async () => {
    const logs = Array.from({ length: 20 }, () => storyLog().events);
    const events = logs.flat();
    const [statements] = await project(`big_${randomUUID().slice(0, 8)}`, events, events.length);
    expect(events.length).toBeGreaterThan(600);
    // Reads: the cases, the sectors. Writes: cases, sectors, referents, removed referents, messages, deliveries.
    expect(statements).toBeLessThanOrEqual(8);
  });
});

/** The batch's transaction, counting the statements the projection sends through it. */
function countingManager(em: EntityManager, count: () => void): EntityManager {
  return new Proxy(em, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (...args: Parameters<EntityManager['query']>) => {
          count();
          return target.query(...args);
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
