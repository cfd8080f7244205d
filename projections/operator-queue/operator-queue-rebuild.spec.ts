/**
 * A rebuild of the operator queue writes exactly the rows the live runner wrote event by
 * event: the rebuild applies large batches in which one case's events, its suggestions and
 * its deliveries are folded together, the live runner tiny ones, and both must agree column
 * by column (generated columns included).
 */
import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '../../src/read-side';
import { createPostgresDataKeyStore, keyRingFrom, PersonalDataVault, sqlQueryFrom } from '../../src/personal-data';
import { caseStory, seededRandom } from '../../bench/projections/case-stories';
import { CaseScript, sectorEstablished, sectorRenamed } from '../../test/read-side/support/case-script';
import { EventWriter } from '../../test/read-side/support/event-writer';
import { provisionTestDatabase, TestDatabase } from '../../test/support/database';
import { connect, Connections, testRunner } from '../testing/test-harness';
import { OperatorQueueProjection } from './operator-queue.projection';

describe('operator queue rebuild', () => {
  let db: TestDatabase;
  let connections: Connections;
  let runner: ReturnType<typeof testRunner>;
  let write: EventWriter;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url, 6);
    const vault = new PersonalDataVault(createPostgresDataKeyStore(sqlQueryFrom(connections.dataSource), { keyRing: keyRingFrom('queue-rebuild-key-encryption-0001') }));
    write = new EventWriter(connections.store, vault);
    // Batches of 2 as it follows the log: close to event by event, the incremental path.
    runner = testRunner(connections, [new OperatorQueueProjection()], { batchSize: 2 });
    runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await connections.close();
    await db.dispose();
  });

  async function rows(): Promise<{ cases: unknown[]; sectors: unknown[] }> {
    return {
      cases: await connections.dataSource.query('SELECT row_to_json(q)::text AS row FROM operator_queue_cases q ORDER BY case_id'),
      sectors: await connections.dataSource.query('SELECT * FROM operator_queue_sectors ORDER BY sector_id'),
    };
  }

  it('writes the same rows as the live runner, whatever the batch size', async () => {
    const random = seededRandom(14);
    const sectors = [randomUUID(), randomUUID(), randomUUID()];
    for (const [index, sectorId] of sectors.entries()) await write.sector(sectorId, [sectorEstablished(sectorId, `Settore ${index}`)]);
    const stories: { script: CaseScript; events: CaseEvent[] }[] = [];
    let previousCaseId: string | null = null;
    for (let n = 0; n < 40; n++) {
      const script = new CaseScript();
      const events = caseStory(script, '2026-01-10', random() < 0.4, { random, sectors, previousCaseId });
      stories.push({ script, events: withSuggestions(events, n, sectors) });
      previousCaseId = script.caseId;
    }
    // Each story in pieces, interleaved, so a case's events fall in several batches of any size.
    for (let piece = 0; stories.some((story) => story.events.length > 0); piece++) {
      for (const story of stories) {
        const events = story.events.splice(0, 1 + (piece % 3));
        if (events.length > 0) await write.case(story.script.caseId, events);
      }
      if (piece === 1) await write.sector(sectors[0], [sectorRenamed(sectors[0], 'Settore 0', 'Settore Zero')]);
    }
    await deliveries(stories.slice(0, 6).map((story) => story.script.caseId));
    await runner.waitForPosition(write.last!, 60_000);
    const live = await rows();
    expect(live.cases.length).toBe(40);
    expect(live.cases.some((row) => (row as { row: string }).row.includes('"delivery_failed":true'))).toBe(true);

    for (const batchSize of [7, 500]) {
      const result = await runner.rebuild('operator_queue', { batchSize });
      expect(result.eventsApplied).toBeGreaterThan(200);
      expect(await rows()).toEqual(live);
    }
  });

  /** A category's suggested sector on some receipts, and a (re)classification that changes or clears it. */
  function withSuggestions(events: CaseEvent[], n: number, sectors: string[]): CaseEvent[] {
    const [receipt, ...rest] = events;
    const suggested = n % 3 === 0 ? sectors[n % sectors.length] : undefined;
    const first = suggested ? ({ ...receipt, data: { ...receipt.data, suggestedSectorId: suggested } } as CaseEvent) : receipt;
    if (n % 4 !== 1) return [first, ...rest];
    const classification = { ...new CaseScript({ caseId: receipt.data.caseId }).classified('complaint') } as CaseEvent;
    const reclassified = n % 8 === 1 ? ({ ...classification, data: { ...classification.data, suggestedSectorId: sectors[1] } } as CaseEvent) : classification;
    return [first, reclassified, ...rest];
  }

  /** Permanent failures, a transient one, and a delivery that clears one failure. */
  async function deliveries(caseIds: string[]): Promise<void> {
    const failed = { reason: 'smtp_refused', smtpCode: 550, smtpResponse: '550 5.1.1 No such user', permanent: true, nextAttemptAt: null, failedAt: '2026-03-02T09:05:00.000Z' };
    for (const [index, caseId] of caseIds.entries()) {
      const messageId = randomUUID();
      const base = { messageId, sourceEventId: randomUUID(), caseId, purpose: 'routing', attempt: 1 };
      await write.raw(`message-${messageId}`, 'MessageDeliveryFailed', { ...base, ...failed, permanent: index % 3 !== 2 });
      if (index % 3 === 1) {
        await write.raw(`message-${messageId}`, 'MessageDelivered', { ...base, recipientCount: 1, smtpResponse: '250 Ok', deliveredAt: '2026-03-03T09:00:00.000Z' });
      }
    }
  }
});
