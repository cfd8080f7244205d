/**
 * Every message of a case's life reaches a real SMTP server (in this process), exactly once,
 * and what happened is recorded as events of the message's stream.
 */
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/auth';
import { accessCodeFor } from '../../src/citizen-access/access-code';
import { messageStream } from '../../src/contracts';
import { OutboxDispatcher } from '../../src/messaging/outbox-dispatcher';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { aComplaint, act, CITIZEN, registerCase } from '../cases/support/case-steps';
import { SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-test-server';

const REFERENT_EMAIL = 'giulia.bianchi@comune.example.it';

describe('delivery of every message through SMTP', () => {
  let smtp: TestSmtpServer;
  let system: CaseSystem;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    system = await startCaseSystem({
      at: '2026-03-02T09:00:00Z',
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: '"URP Comune di Ancona" <urp@comune.ancona.it>',
        PUBLIC_BASE_URL: 'https://urp.comune.ancona.it',
        MAIL_DISPATCH_INTERVAL_MS: '0',
        MAIL_RETRY_BASE_SECONDS: '60',
        MAIL_MAX_ATTEMPTS: '4',
      },
    });
    dispatcher = system.app.get(OutboxDispatcher);
    const appointed = await system
      .as('admin')
      .post(`/sectors/${SECTORS.lavoriPubblici.id}/referents`, { userId: 'giulia.bianchi', displayName: 'Giulia Bianchi', email: REFERENT_EMAIL });
    expect(appointed.status).toBe(201);
  });
  afterAll(async () => {
    await system?.stop();
    await smtp?.close();
  });

  /** The outbox has seen every event appended so far. */
  async function outboxCaughtUp(): Promise<void> {
    const head = await system.store.headPosition();
    if (head) await system.app.get(ProjectionRunner).waitForPosition(head, 10_000, ['outbox']);
  }
  async function dispatch() {
    await outboxCaughtUp();
    // The checkpoint may name the head a moment before the batch's rows are visible to another session.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const round = await dispatcher.dispatchOnce();
    await outboxCaughtUp();
    return round;
  }
  /** Polls the outbox until the case has `count` rows (and, when given, all in `status`). */
  async function outboxRows(caseId: string, count: number, status?: string) {
    for (let i = 0; i < 200; i++) {
      const rows = await rowsOf(caseId);
      if (rows.length >= count && (!status || rows.every((row) => row.status === status))) return rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`outbox of ${caseId} did not reach ${count} rows ${status ?? ''}`);
  }
  const streamOf = async (messageId: string) => system.store.readStream(messageStream(messageId));
  const rowsOf = async (caseId: string): Promise<{ message_id: string; purpose: string; status: string; attempts: number; last_response: string }[]> =>
    system.app.get(DataSource).query('SELECT * FROM outbox_messages WHERE case_id = $1 ORDER BY position_commit, position_prepare', [caseId]);
  const mailsAbout = (reference: string) => smtp.received.filter((mail) => mail.subject.includes(reference));

  it('sends the acknowledgement, routing, reminder, request, interim and final replies and the survey, once each', async () => {
    const startedAt = process.hrtime.bigint();
    const registered = await registerCase(system);
    await outboxRows(registered.id, 1);
    await dispatch();
    const firstDeliveredMs = Number(process.hrtime.bigint() - startedAt) / 1e6;

    const [ack] = mailsAbout(registered.reference);
    expect(ack.to).toEqual([CITIZEN.email]);
    expect(ack.subject).toBe(`Conferma di ricezione - pratica n. ${registered.reference}`);
    expect(ack.text).toContain('Gentile Maria Rossi,');
    expect(ack.text).toContain(`numero di pratica ${registered.reference}`);
    expect(ack.text).toContain('entro mercoledì 1 aprile 2026');
    expect(ack.text).toContain(`https://urp.comune.ancona.it/portale/pratica?riferimento=${registered.reference}`);
    expect(ack.text).toContain(accessCodeFor(registered.id, 'cases-e2e-personal-data-secret-0123'));
    expect(ack.messageId).toMatch(/^<[0-9a-f-]{36}@comune\.ancona\.it>$/);

    const id = registered.id;
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.lavoriPubblici.id, note: 'Verificare la buca davanti al civico 12.' });
    await act(system, 'operator', id, 'reminders', {});
    await act(system, 'referent-lavori-pubblici', id, 'take-charge');
    await act(system, 'operator', id, 'suspensions', { question: 'Può indicarci il numero civico esatto?', channel: 'email' });
    system.clock.advanceDays(2);
    await act(system, 'operator', id, 'suspensions/resume', { information: 'Civico 12.' });
    await act(system, 'referent-lavori-pubblici', id, 'interim-replies', { text: 'Il sopralluogo è in programma.', channel: 'email' });
    await act(system, 'operator', id, 'extensions', { newDueDate: '2026-04-20', reason: 'Serve il parere della Polizia Locale.' });
    await act(system, 'operator', id, 'final-reply', { text: 'La buca è stata chiusa il 10 aprile.', channel: 'email' });
    await outboxRows(id, 8);
    await dispatch();

    const mails = mailsAbout(registered.reference);
    expect(mails.map((mail) => [mail.to.join(','), mail.subject])).toEqual([
      [CITIZEN.email, `Conferma di ricezione - pratica n. ${registered.reference}`],
      [REFERENT_EMAIL, `Assegnazione pratica n. ${registered.reference}`],
      [REFERENT_EMAIL, `Sollecito n. 1 di presa in carico - pratica n. ${registered.reference}`],
      [CITIZEN.email, `Richiesta di integrazioni - pratica n. ${registered.reference}`],
      [CITIZEN.email, `Aggiornamento sulla Sua pratica - pratica n. ${registered.reference}`],
      [CITIZEN.email, `Proroga del termine di risposta - pratica n. ${registered.reference}`],
      [CITIZEN.email, `Risposta alla Sua comunicazione - pratica n. ${registered.reference}`],
      [CITIZEN.email, `Pratica conclusa: la Sua opinione ci interessa - pratica n. ${registered.reference}`],
    ]);
    expect(mails[1].text).toContain('Verificare la buca davanti al civico 12.');
    expect(mails[5].text).toContain('a lunedì 20 aprile 2026');
    expect(mails[5].text).toContain('Serve il parere della Polizia Locale.');
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(mails.length);

    const rows = await outboxRows(id, 8, 'delivered');
    expect(rows.map((row) => row.status)).toEqual(Array(8).fill('delivered'));
    for (const row of rows) {
      const events = await streamOf(row.message_id);
      expect(events.map((event) => event.type)).toEqual(['MessageDelivered']);
      expect(events[0].data).toMatchObject({ attempt: 1, recipientCount: 1, smtpResponse: expect.stringMatching(/^250/) });
    }
    const titleOf = async (type: string) => {
      for (let i = 0; i < 100; i++) {
        const [entry] = await system.app.get(DataSource).query('SELECT title FROM case_timeline_entries WHERE case_id = $1 AND event_type = $2', [id, type]);
        if (entry?.title.includes('(consegnat')) return entry.title as string;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return '';
    };
    expect(await titleOf('FinalReplySent')).toMatch(/^Risposta definitiva inviata al cittadino via e-mail \(consegnata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d\)/);
    expect(await titleOf('CaseRouted')).toMatch(/ — comunicazione inviata ai referenti del settore via e-mail \(consegnata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d\)$/);
    // A second round, and a replay of the same delivery record, send and store nothing more.
    await dispatch();
    expect(mailsAbout(registered.reference)).toHaveLength(8);
    console.log(`[figures] registration -> first message delivered: ${firstDeliveredMs.toFixed(0)} ms (projection catch-up + one SMTP send)`);
  });

  it('a crash between send and record resends once, with the same Message-ID', async () => {
    const registered = await registerCase(system, aComplaint({ description: 'Lampione spento in via Garibaldi.' }));
    await outboxRows(registered.id, 1);
    // The crash: the process stops after the server accepted the message and before the record.
    const store = (dispatcher as unknown as { store: typeof system.store }).store;
    const spy = jest.spyOn(store, 'appendToStream').mockImplementationOnce(async () => {
      throw new Error('process killed');
    });
    await dispatcher.dispatchOnce();
    spy.mockRestore();
    expect(mailsAbout(registered.reference)).toHaveLength(1);
    // After the restart the message is sent again (at most once more) and recorded once.
    await dispatch();
    await dispatch();
    const copies = mailsAbout(registered.reference);
    expect(copies).toHaveLength(2);
    expect(copies[0].messageId).toBe(copies[1].messageId);
    const [row] = await rowsOf(registered.id);
    expect((await streamOf(row.message_id)).map((event) => event.type)).toEqual(['MessageDelivered']);
  });

  it('retries with backoff after 451, then delivers; 550 is recorded as a permanent failure', async () => {
    const retried = await registerCase(system, aComplaint({ description: 'Rifiuti abbandonati in piazza.' }));
    await outboxRows(retried.id, 1);
    smtp.refuse(451, 1);
    const refusalsBefore = smtp.refusals;
    expect(await dispatch()).toMatchObject({ retrying: 1 });
    expect(await dispatch()).toMatchObject({ retrying: 0, delivered: 0 }); // not due yet: the backoff is 60 s
    system.clock.advance(60_000);
    expect(await dispatch()).toMatchObject({ delivered: 1 });
    const [row] = await outboxRows(retried.id, 1, 'delivered');
    const events = await streamOf(row.message_id);
    expect(events.map((event) => event.type)).toEqual(['MessageDeliveryFailed', 'MessageDelivered']);
    expect(events[0].data).toMatchObject({ attempt: 1, smtpCode: 451, permanent: false, reason: 'smtp_refused', smtpResponse: expect.stringContaining('451') });
    expect(events[0].data).toMatchObject({ nextAttemptAt: new Date(new Date((events[0].data as { failedAt: string }).failedAt).getTime() + 60_000).toISOString() });
    expect(events[1].data).toMatchObject({ attempt: 2 });
    expect(row.status).toBe('delivered');
    console.log(`[figures] transient refusals before delivery: ${smtp.refusals - refusalsBefore}, attempts: 2, backoff 60 s`);

    const refused = await registerCase(system, aComplaint({ description: 'Marciapiede dissestato.', citizen: { ...CITIZEN, email: 'nessuno@example.it' } }));
    smtp.refuse(550, 1);
    const other = await registerCase(system, aComplaint({ description: 'Semaforo guasto.' }));
    await outboxRows(refused.id, 1);
    await outboxRows(other.id, 1);
    const round = await dispatch();
    expect(round).toMatchObject({ failed: 1, delivered: 1 }); // the permanent failure does not hold back the other message
    const [failedRow] = await outboxRows(refused.id, 1, 'failed');
    expect(failedRow.status).toBe('failed');
    const failed = await streamOf(failedRow.message_id);
    expect(failed.map((event) => event.type)).toEqual(['MessageDeliveryFailed']);
    expect(failed[0].data).toMatchObject({ smtpCode: 550, permanent: true, nextAttemptAt: null, smtpResponse: expect.stringContaining('550') });
    let title = '';
    for (let i = 0; i < 100 && !title.includes('invio non riuscito'); i++) {
      const [entry] = await system.app.get(DataSource).query("SELECT title FROM case_timeline_entries WHERE case_id = $1 AND event_type = 'CaseAcknowledged'", [refused.id]);
      title = entry?.title ?? '';
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(title).toMatch(/^Conferma di ricezione con il numero \S+ al cittadino via e-mail: invio non riuscito \(550 .*\)$/);
    system.clock.advanceDays(1);
    await dispatch();
    expect(mailsAbout(refused.reference)).toHaveLength(0);
    expect(mailsAbout(other.reference)).toHaveLength(1);
  });

  it('lists the messages with their delivery state for the staff, and refuses a bad filter with 400', async () => {
    const login = await system.http().post('/api/v1/auth/token').send({ username: 'operator', password: DEMO_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const failed = await system.http().get('/api/v1/messages?status=failed').set(auth).expect(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({ purpose: 'acknowledgement', audience: 'citizen', status: 'failed', attempts: 1, lastResponse: expect.stringContaining('550') }),
    ]);
    const all = await system.http().get('/api/v1/messages').set(auth).expect(200);
    expect(all.body.items.filter((item: { status: string }) => item.status === 'delivered').length).toBeGreaterThanOrEqual(11);
    const bad = await system.http().get('/api/v1/messages?status=sent').set(auth).expect(400);
    expect(JSON.stringify(bad.body)).toContain('status must be one of');
    await system.http().get('/api/v1/messages').expect(401);
  });
});
