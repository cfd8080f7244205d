/**
 * The operator queue against the real event store and runner: contract-shaped events are
 * appended through the port, the runner projects them, the reader pages them.
 */
import { randomUUID } from 'node:crypto';
import type { CaseEvent } from '../../src/read-side';
import { CaseScript, MARIO, on, sectorEstablished, sectorRenamed } from '../../test/read-side/support/case-script';
import { ReadSideHarness, startReadSide } from '../../test/read-side/support/read-side-harness';
import type { QueueCriteria } from './queue-criteria';
import { OperatorQueueProjection } from './operator-queue.projection';
import { OperatorQueueReader } from './operator-queue.reader';
import type { QueueItemView } from './queue-item.view';
import { decodeQueueCursor } from './queue-cursor';
import type { KeyValue, QueueSort } from './queue-order';

describe('operator queue', () => {
  let h: ReadSideHarness;
  let reader: OperatorQueueReader;
  const lavoriPubblici = randomUUID();
  const tributi = randomUUID();

  beforeEach(async () => {
    h = await startReadSide([new OperatorQueueProjection()]);
    reader = new OperatorQueueReader(h.dataSource, h.clock);
    await h.write.sector(lavoriPubblici, [sectorEstablished(lavoriPubblici, 'Lavori Pubblici')]);
    await h.write.sector(tributi, [sectorEstablished(tributi, 'Tributi')]);
  });
  afterEach(() => h.close());

  async function story(script: CaseScript, ...events: CaseEvent[]): Promise<void> {
    await h.write.case(script.caseId, events);
  }

  async function everything(criteria: QueueCriteria = {}, sort: QueueSort = 'urgency'): Promise<QueueItemView[]> {
    await h.caughtUp();
    return (await reader.page(criteria, { sort, limit: 200, after: null })).items;
  }

  async function itemOf(script: CaseScript): Promise<QueueItemView | undefined> {
    return (await everything()).find((item) => item.caseId === script.caseId);
  }

  it('follows a case through its life, and lists it only while it is open', async () => {
    const c = new CaseScript();
    await story(c, c.received({ reference: 'URP-2026-000101', channel: 'counter' }), c.acknowledged(on('2026-03-02', '09:05')));
    expect(await itemOf(c)).toEqual({
      caseId: c.caseId,
      reference: 'URP-2026-000101',
      kind: 'report',
      channel: 'counter',
      subject: 'viabilita/buche',
      status: 'received',
      sectorId: null,
      sectorName: null,
      suggestedSectorId: null,
      suggestedSectorName: null,
      deliveryFailed: false,
      receivedAt: '2026-03-02T09:00:00.000Z',
      finalReplyDueDate: '2026-04-01',
      daysLeft: 12,
      slaState: 'on_time',
      dueSoonDays: 5,
      takeChargeDueDate: null,
      takeChargeDaysLeft: null,
      suspended: false,
      suspendedSince: null,
      remindersSent: 0,
      dueSoonWarned: false,
      overdueMarked: false,
      interimReplies: 0,
      lastActivityAt: '2026-03-02T09:05:00.000Z',
      lastActivityType: 'CaseAcknowledged',
      revision: 1,
    });

    await story(c, c.routed(lavoriPubblici), c.reminder(lavoriPubblici, 1, on('2026-03-14')), c.reminder(lavoriPubblici, 2, on('2026-03-19')));
    expect(await itemOf(c)).toMatchObject({
      status: 'routed',
      sectorId: lavoriPubblici,
      sectorName: 'Lavori Pubblici',
      takeChargeDueDate: '2026-03-13',
      takeChargeDaysLeft: -7,
      remindersSent: 2,
      lastActivityType: 'TakeChargeReminderSent',
      revision: 4,
    });

    await story(c, c.takenInCharge(lavoriPubblici, on('2026-03-19', '10:00')), c.informationRequested('Quale civico?', on('2026-03-19', '11:00')));
    expect(await itemOf(c)).toMatchObject({
      status: 'in_charge',
      takeChargeDueDate: null,
      suspended: true,
      suspendedSince: '2026-03-19T11:00:00.000Z',
      slaState: 'suspended',
    });

    await story(
      c,
      c.informationReceived('Civico 12', 1, '2026-04-02', on('2026-03-20')),
      c.interimReply('Sopralluogo in programma', on('2026-03-20', '10:00'), lavoriPubblici),
      c.dueSoon('2026-04-02', on('2026-03-28', '00:00')),
    );
    expect(await itemOf(c)).toMatchObject({ suspended: false, finalReplyDueDate: '2026-04-02', interimReplies: 1, dueSoonWarned: true });

    await story(c, c.extended('2026-04-02', '2026-04-15', 'Serve un sopralluogo'));
    expect(await itemOf(c)).toMatchObject({ finalReplyDueDate: '2026-04-15', dueSoonWarned: false, lastActivityType: 'FinalReplyDeadlineExtended' });

    await story(c, c.finalReplySent('La buca sarà chiusa', '2026-04-15', on('2026-03-22')), c.closed('answered'));
    expect(await itemOf(c)).toBeUndefined();

    await story(c, c.reopened('Chiusa male', '2026-04-24', on('2026-03-25')));
    expect(await itemOf(c)).toMatchObject({
      status: 'received',
      sectorId: null,
      finalReplyDueDate: '2026-04-24',
      interimReplies: 0,
      remindersSent: 0,
      lastActivityType: 'CaseReopened',
    });
  });

  it('drops a merged case and brings it back, as it was, when unmerged', async () => {
    const [kept, duplicate] = [new CaseScript(), new CaseScript()];
    await story(kept, kept.received());
    await story(duplicate, duplicate.received(), duplicate.routed(tributi));
    await story(duplicate, duplicate.merged(kept.caseId));
    expect(await itemOf(duplicate)).toBeUndefined();
    expect(await itemOf(kept)).toBeDefined();

    await story(duplicate, duplicate.unmerged(kept.caseId));
    expect(await itemOf(duplicate)).toMatchObject({ status: 'routed', sectorId: tributi, sectorName: 'Tributi' });
  });

  it("shows the category's suggested sector, and follows a reclassification", async () => {
    const c = new CaseScript();
    const received = c.received({ kind: null, subject: 'strade/buche' });
    const suggested = { ...received, data: { ...received.data, suggestedSectorId: lavoriPubblici } } as CaseEvent;
    await story(c, suggested);
    expect(await itemOf(c)).toMatchObject({ subject: 'strade/buche', suggestedSectorId: lavoriPubblici, suggestedSectorName: 'Lavori Pubblici', sectorId: null });

    // Classified under a category the URP answers itself: no suggestion any more.
    await story(c, c.classified('information_request'));
    expect(await itemOf(c)).toMatchObject({ suggestedSectorId: null, suggestedSectorName: null });
  });

  it("shows a sector's current name, renamed after the case was routed", async () => {
    const c = new CaseScript();
    await story(c, c.received(), c.routed(lavoriPubblici));
    await h.write.sector(lavoriPubblici, [sectorRenamed(lavoriPubblici, 'Lavori Pubblici', 'Lavori Pubblici e Manutenzioni')]);
    expect(await itemOf(c)).toMatchObject({ sectorName: 'Lavori Pubblici e Manutenzioni' });
  });

  describe('deadlines at the clock’s time (Europe/Rome calendar days)', () => {
    const cases = {
      overdue: new CaseScript(),
      dueToday: new CaseScript(),
      dueIn5: new CaseScript(),
      dueIn6: new CaseScript(),
      dueIn2ShortWindow: new CaseScript(),
      suspended: new CaseScript(),
    };

    beforeEach(async () => {
      h.clock.set('2026-03-20T09:00:00.000Z');
      await story(cases.overdue, cases.overdue.received({ finalReplyDueDate: '2026-03-19' }));
      await story(cases.dueToday, cases.dueToday.received({ finalReplyDueDate: '2026-03-20' }));
      await story(cases.dueIn5, cases.dueIn5.received({ finalReplyDueDate: '2026-03-25' }));
      await story(cases.dueIn6, cases.dueIn6.received({ finalReplyDueDate: '2026-03-26' }));
      // The events say how wide the due-soon window is: one day here.
      await story(cases.dueIn2ShortWindow, cases.dueIn2ShortWindow.received({ finalReplyDueDate: '2026-03-22', dueSoonDays: 1 }));
      await story(
        cases.suspended,
        cases.suspended.received({ finalReplyDueDate: '2026-03-10' }),
        cases.suspended.informationRequested('Quale civico?', on('2026-03-05')),
      );
    });

    const standing = (items: QueueItemView[]) => Object.fromEntries(items.map((item) => [item.caseId, [item.slaState, item.daysLeft]]));

    it('computes days left and the SLA state for today', async () => {
      expect(standing(await everything())).toEqual({
        [cases.overdue.caseId]: ['overdue', -1],
        [cases.dueToday.caseId]: ['due_soon', 0],
        [cases.dueIn5.caseId]: ['due_soon', 5],
        [cases.dueIn6.caseId]: ['on_time', 6],
        [cases.dueIn2ShortWindow.caseId]: ['on_time', 2],
        [cases.suspended.caseId]: ['suspended', -10],
      });
    });

    it('moves on at midnight in Rome, not at midnight UTC', async () => {
      h.clock.set('2026-03-20T22:59:59.000Z'); // 23:59:59 in Rome, still the 20th
      expect((await everything()).find((item) => item.caseId === cases.dueToday.caseId)).toMatchObject({ slaState: 'due_soon', daysLeft: 0 });
      h.clock.set('2026-03-20T23:00:00.000Z'); // midnight in Rome: the 21st
      expect((await everything()).find((item) => item.caseId === cases.dueToday.caseId)).toMatchObject({ slaState: 'overdue', daysLeft: -1 });
      expect((await everything()).find((item) => item.caseId === cases.dueIn2ShortWindow.caseId)).toMatchObject({ slaState: 'due_soon', daysLeft: 1 });
    });

    it('filters by SLA state, as computed for today', async () => {
      const ids = async (slaState: QueueCriteria['slaState']) => (await everything({ slaState })).map((item) => item.caseId).sort();
      expect(await ids('overdue')).toEqual([cases.overdue.caseId]);
      expect(await ids('due_soon')).toEqual([cases.dueToday.caseId, cases.dueIn5.caseId].sort());
      expect(await ids('on_time')).toEqual([cases.dueIn6.caseId, cases.dueIn2ShortWindow.caseId].sort());
      expect(await ids('suspended')).toEqual([cases.suspended.caseId]);
    });

    it('orders by urgency: overdue first, then the soonest due; suspended clocks last', async () => {
      expect((await everything()).map((item) => item.caseId)).toEqual([
        cases.overdue.caseId,
        cases.dueToday.caseId,
        cases.dueIn2ShortWindow.caseId,
        cases.dueIn5.caseId,
        cases.dueIn6.caseId,
        cases.suspended.caseId,
      ]);
    });
  });

  it('filters by status, sector, kind, channel, days of receipt and text', async () => {
    const pothole = new CaseScript();
    const tax = new CaseScript();
    const praise = new CaseScript();
    await story(pothole, pothole.received({ reference: 'URP-2026-000500', channel: 'counter', receivedAt: '2026-03-01T23:30:00.000Z' }), pothole.routed(lavoriPubblici));
    await story(tax, tax.received({ reference: 'URP-2026-000501', kind: 'complaint', subject: 'tributi/tari_100%', receivedAt: on('2026-03-05') }), tax.routed(tributi), tax.takenInCharge(tributi));
    await story(praise, praise.received({ reference: 'URP-2026-000502', kind: 'appreciation', channel: 'web', subject: null, receivedAt: on('2026-03-07') }));
    const ids = async (criteria: QueueCriteria) => (await everything(criteria, 'receivedAt')).map((item) => item.reference);

    expect(await ids({ status: 'in_charge' })).toEqual(['URP-2026-000501']);
    expect(await ids({ sectorId: lavoriPubblici })).toEqual(['URP-2026-000500']);
    expect(await ids({ kind: 'appreciation' })).toEqual(['URP-2026-000502']);
    expect(await ids({ channel: 'counter' })).toEqual(['URP-2026-000500']);
    // 23:30 UTC on 1 March is 00:30 on 2 March in Rome.
    expect(await ids({ receivedFrom: '2026-03-02', receivedTo: '2026-03-05' })).toEqual(['URP-2026-000500', 'URP-2026-000501']);
    expect(await ids({ receivedTo: '2026-03-01' })).toEqual([]);
    expect(await ids({ text: 'BUCHE' })).toEqual(['URP-2026-000500']);
    expect(await ids({ text: '000502' })).toEqual(['URP-2026-000502']);
    expect(await ids({ text: 'tari_100%' })).toEqual(['URP-2026-000501']);
    expect(await ids({ text: 'tari_1000' })).toEqual([]); // % and _ are literal, not wildcards
    expect(await ids({ text: 'URP-2026', status: 'received' })).toEqual(['URP-2026-000502']);
  });

  describe('keyset pagination', () => {
    const scripts = Array.from({ length: 57 }, () => new CaseScript());

    beforeEach(async () => {
      // Many cases share a due date and some a receipt instant: only the full key tells them apart.
      for (const [index, script] of scripts.entries()) {
        const day = String(1 + (index % 9)).padStart(2, '0');
        const events = [script.received({ receivedAt: on(`2026-03-${day}`, index % 4 === 0 ? '08:00' : '10:00'), finalReplyDueDate: `2026-04-${day}` })];
        if (index % 7 === 0) events.push(script.informationRequested('Quale civico?', on('2026-03-15')));
        if (index % 5 === 0) events.push(script.routed(index % 2 ? lavoriPubblici : tributi));
        await story(script, ...events);
      }
    });

    async function walk(sort: QueueSort, criteria: QueueCriteria = {}, limit = 10): Promise<QueueItemView[]> {
      await h.caughtUp();
      const seen: QueueItemView[] = [];
      let after: KeyValue[] | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page = await reader.page(criteria, { sort, limit, after });
        seen.push(...page.items);
        if (!page.nextCursor) return seen;
        expect(page.items).toHaveLength(limit);
        after = decodeQueueCursor(page.nextCursor, sort);
      }
      throw new Error('more pages than cases');
    }

    it.each<QueueSort>(['urgency', 'receivedAt', '-receivedAt'])('walks every case exactly once, in %s order', async (sort) => {
      const walked = await walk(sort);
      const ids = walked.map((item) => item.caseId);
      expect(new Set(ids).size).toBe(scripts.length);
      expect(ids.sort()).toEqual(scripts.map((script) => script.caseId).sort());
      expect(walked).toEqual(await everything({}, sort)); // the same order as one page of everything
    });

    it('orders pages by the full key', async () => {
      const walked = await walk('urgency', {}, 7);
      const keys = walked.map((item) => [item.suspended ? 1 : 0, item.finalReplyDueDate, item.receivedAt, item.caseId].join('|'));
      expect(keys).toEqual([...keys].sort());
      const newestFirst = (await walk('-receivedAt', {}, 7)).map((item) => `${item.receivedAt}|${item.caseId}`);
      expect(newestFirst).toEqual([...newestFirst].sort().reverse());
    });

    it('pages through a filtered queue the same way', async () => {
      const walked = await walk('urgency', { sectorId: tributi }, 2);
      expect(walked.length).toBeGreaterThan(2);
      expect(walked.every((item) => item.sectorId === tributi)).toBe(true);
      expect(walked).toEqual(await everything({ sectorId: tributi }));
    });
  });

  it('shows the cases with a message that could not be delivered, and filters by it', async () => {
    const [failing, fine] = [new CaseScript(), new CaseScript()];
    await story(failing, failing.received({ reference: 'URP-2026-000301' }), failing.routed(lavoriPubblici));
    await story(fine, fine.received({ reference: 'URP-2026-000302' }));
    const [receipt, routing] = await h.store.readStream(`case-${failing.caseId}`);
    const attempt = (type: 'MessageDelivered' | 'MessageDeliveryFailed', messageId: string, sourceEventId: string, extra: Record<string, unknown>) =>
      h.write.raw(`message-${messageId}`, type, { messageId, sourceEventId, caseId: failing.caseId, purpose: 'routing', attempt: 1, ...extra });
    const failure = (permanent: boolean) => ({
      reason: 'smtp_refused', smtpCode: permanent ? 550 : 451, smtpResponse: permanent ? '550 5.1.1 No such user' : '451 4.7.1 Try later',
      permanent, nextAttemptAt: permanent ? null : '2026-03-02T09:10:00.000Z', failedAt: '2026-03-02T09:05:00.000Z',
    });
    const [toSector, toCitizen] = [randomUUID(), randomUUID()];
    // A transient failure is not yet a failed delivery: another attempt is coming.
    await attempt('MessageDeliveryFailed', toSector, routing.id, failure(false));
    expect(await itemOf(failing)).toMatchObject({ deliveryFailed: false });
    await attempt('MessageDeliveryFailed', toSector, routing.id, failure(true));
    await attempt('MessageDeliveryFailed', toCitizen, receipt.id, failure(true));
    expect(await itemOf(failing)).toMatchObject({ deliveryFailed: true });
    expect((await everything({ deliveryFailed: true })).map((item) => item.reference)).toEqual(['URP-2026-000301']);
    expect((await everything({ deliveryFailed: false })).map((item) => item.reference)).toEqual(['URP-2026-000302']);
    // Delivered after all (sent again by hand): only the other message still counts.
    await attempt('MessageDelivered', toSector, routing.id, { recipientCount: 1, smtpResponse: '250 Ok', deliveredAt: '2026-03-03T09:00:00.000Z' });
    expect(await itemOf(failing)).toMatchObject({ deliveryFailed: true });
    await attempt('MessageDelivered', toCitizen, receipt.id, { recipientCount: 1, smtpResponse: '250 Ok', deliveredAt: '2026-03-03T09:00:00.000Z' });
    expect(await itemOf(failing)).toMatchObject({ deliveryFailed: false });
  });

  it('never copies personal data into its table, even from an event whose fields were not sealed', async () => {
    const c = new CaseScript();
    await h.write.case(c.caseId, [c.received({ description: 'Mi chiamo Mario e abito qui', citizen: MARIO }), c.routed(tributi, on('2026-03-03'), '2026-03-13', null, 'Nota su Mario Rossi')], undefined, {
      seal: false,
    });
    await h.caughtUp();
    const rows: { row: string }[] = await h.dataSource.query('SELECT row_to_json(q)::text AS row FROM operator_queue_cases q');
    expect(rows).toHaveLength(1);
    for (const secret of ['Mario', 'Rossi', 'mario.rossi', 'RSSMRA', 'Via Roma', 'abito', 'Nota', c.citizenId]) {
      expect(rows[0].row).not.toContain(secret);
    }
  });

  it('indexes the text search with pg_trgm when the server offers it', async () => {
    await h.caughtUp();
    const [offered] = await h.dataSource.query("SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pg_trgm'");
    const [indexed] = await h.dataSource.query("SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'operator_queue_cases_search'");
    expect(indexed.n).toBe(offered.n);
  });
});
