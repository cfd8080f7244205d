/**
 * The case timeline against the real event store and runner: Italian titles, who did what,
 * and personal data opened at read time only for the roles that need it.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/read-side';
import { ERASED_DISPLAY_TEXT, PersonalDataVault } from '../../src/personal-data';
import { CaseScript, MARIO, on, sectorEstablished, sectorRenamed } from '../../test/read-side/support/case-script';
import { OPERATOR } from '../../test/read-side/support/event-writer';
import { ReadSideHarness, startReadSide } from '../../test/read-side/support/read-side-harness';
import { CaseTimelineProjection } from './case-timeline.projection';
import { CaseTimelineReader, Viewer } from './case-timeline.reader';

describe('case timeline', () => {
  let h: ReadSideHarness;
  let reader: CaseTimelineReader;
  const lavoriPubblici = randomUUID();
  const tributi = randomUUID();
  const REFERENT: Actor = { id: 'user-referent-marco', role: 'referent' };
  const PROCESS_MANAGER: Actor = { id: 'system', role: 'system' };

  const viewers: Record<string, Viewer> = {
    operator: { role: 'operator' },
    admin: { role: 'admin' },
    referentLp: { role: 'referent', sectorId: lavoriPubblici },
    referentTributi: { role: 'referent', sectorId: tributi },
    manager: { role: 'manager' },
    auditor: { role: 'auditor' },
  };

  beforeEach(async () => {
    h = await startReadSide([new CaseTimelineProjection()]);
    reader = new CaseTimelineReader(h.dataSource, h.clock, h.vault);
    await h.write.sector(lavoriPubblici, [sectorEstablished(lavoriPubblici, 'Lavori Pubblici')]);
    await h.write.sector(tributi, [sectorEstablished(tributi, 'Tributi')]);
    await createUser(OPERATOR.id, 'Anna Bianchi', 'operator');
    await createUser(REFERENT.id, 'Marco Verdi', 'referent');
  });
  afterEach(() => h.close());

  function createUser(userId: string, displayName: string, role: string) {
    return h.write.raw(`user-${userId}`, 'UserCreated', { userId, username: userId, displayName, role, passwordHash: '$scrypt$secret-hash' });
  }

  async function fileOf(script: CaseScript, viewer: Viewer = viewers.operator) {
    await h.caughtUp();
    return reader.caseFile(script.caseId, viewer);
  }

  /** A pothole's full story, told by the operator, the sector's referent and the process manager. */
  async function fullStory(c: CaseScript): Promise<void> {
    await h.write.case(c.caseId, [
      c.received({ channel: 'counter', reference: 'URP-2026-000001' }),
      c.acknowledged(),
      c.routed(lavoriPubblici, on('2026-03-03'), '2026-03-13', null, 'Buca segnalata da Mario Rossi'),
      c.reminder(lavoriPubblici, 1, on('2026-03-14')),
    ]);
    await h.write.case(c.caseId, [c.reminder(lavoriPubblici, 2, on('2026-03-19'), 'process_manager')], PROCESS_MANAGER);
    await h.write.case(c.caseId, [c.takenInCharge(lavoriPubblici, on('2026-03-19', '10:00'))], REFERENT);
    await h.write.case(c.caseId, [
      c.informationRequested('Può indicare il civico esatto?', on('2026-03-19', '11:00')),
      c.informationReceived('Civico 12, lato mare', 3, '2026-04-04', on('2026-03-22')),
    ]);
    await h.write.case(c.caseId, [c.interimReply('Sopralluogo in programma giovedì', on('2026-03-23'), lavoriPubblici)], REFERENT);
    await h.write.case(c.caseId, [c.extended('2026-04-04', '2026-04-15', 'Serve un sopralluogo con la ditta', on('2026-03-24'))]);
    await h.write.case(c.caseId, [c.drafted(lavoriPubblici, 'La buca sarà chiusa entro venerdì', on('2026-03-25'))], REFERENT);
    await h.write.case(c.caseId, [
      c.finalReplySent('Gentile Mario, la buca sarà chiusa entro venerdì', '2026-04-15', on('2026-03-26')),
      c.closed('answered', on('2026-03-26', '09:01')),
      c.feedback(4, 'Rapidi e gentili', on('2026-03-27')),
      c.reopened('La buca è stata chiusa male', '2026-04-27', on('2026-03-28')),
    ]);
  }

  it('after a reopen, the header still counts the reminders and interim replies of the whole case, as the timeline shows them', async () => {
    const c = new CaseScript();
    await fullStory(c);
    const file = (await fileOf(c))!;
    expect(file.timeline.at(-1)!.type).toBe('CaseReopened');
    expect(file.timeline.filter((e) => e.type === 'TakeChargeReminderSent')).toHaveLength(2);
    expect(file.timeline.filter((e) => e.type === 'InterimReplySent')).toHaveLength(1);
    expect(file).toMatchObject({ remindersSent: 2, interimReplies: 1 });
  });

  it('tells the story in Italian, event by event, with who did it', async () => {
    const c = new CaseScript();
    await fullStory(c);
    const file = await fileOf(c);
    expect(file!.timeline.map((entry) => [entry.revision, entry.type, entry.title, entry.actor.displayName])).toEqual([
      [0, 'CaseReceived', 'Pratica ricevuta allo sportello (segnalazione)', 'Anna Bianchi'],
      [1, 'CaseAcknowledged', 'Conferma di ricezione con il numero URP-2026-000001 da inviare al cittadino via e-mail', 'Anna Bianchi'],
      [2, 'CaseRouted', 'Assegnata al settore Lavori Pubblici (presa in carico entro il 13/03/2026) — comunicazione da inviare ai referenti del settore via e-mail', 'Anna Bianchi'],
      [3, 'TakeChargeReminderSent', 'Sollecito n. 1 da inviare al settore Lavori Pubblici via e-mail', 'Anna Bianchi'],
      [4, 'TakeChargeReminderSent', 'Sollecito automatico n. 2 da inviare al settore Lavori Pubblici via e-mail', 'Sistema'],
      [5, 'CaseTakenInCharge', 'Presa in carico dal settore Lavori Pubblici', 'Marco Verdi'],
      [6, 'CitizenInformationRequested', 'Richiesta di informazioni integrative da inviare al cittadino via e-mail; termine sospeso', 'Anna Bianchi'],
      [7, 'CitizenInformationReceived', 'Informazioni integrative ricevute dal cittadino: termine ripreso, nuova scadenza 04/04/2026', 'Anna Bianchi'],
      [8, 'InterimReplySent', 'Risposta interlocutoria del settore Lavori Pubblici da inviare al cittadino via e-mail', 'Marco Verdi'],
      [9, 'FinalReplyDeadlineExtended', 'Termine prorogato al 15/04/2026 — comunicazione da inviare al cittadino via e-mail', 'Anna Bianchi'],
      [10, 'FinalReplyDrafted', 'Bozza della risposta definitiva predisposta dal settore Lavori Pubblici', 'Marco Verdi'],
      [11, 'FinalReplySent', 'Risposta definitiva da inviare al cittadino via e-mail', 'Anna Bianchi'],
      [12, 'CaseClosed', 'Pratica chiusa con risposta definitiva — invito al questionario di gradimento da inviare al cittadino via e-mail', 'Anna Bianchi'],
      [13, 'SatisfactionFeedbackGiven', 'Questionario di gradimento compilato: voto 4 su 5', 'Anna Bianchi'],
      [14, 'CaseReopened', 'Pratica riaperta (nuova scadenza 27/04/2026)', 'Anna Bianchi'],
    ]);
    const [received, , routed] = file!.timeline;
    expect(received).toMatchObject({
      occurredAt: '2026-03-02T09:00:00.000Z',
      actor: { id: OPERATOR.id, role: 'operator', displayName: 'Anna Bianchi' },
      channel: 'counter',
      position: expect.stringMatching(/^\d+\/\d+$/),
    });
    expect(routed.channel).toBeNull();
    const stored = await h.store.readStream(`case-${c.caseId}`);
    expect(file!.timeline.map((entry) => entry.position)).toEqual(stored.map((event) => `${event.position.commit}/${event.position.prepare}`));
    expect(file!.timeline.map((entry) => entry.eventId)).toEqual(stored.map((event) => event.id));
  });

  describe('e-mail delivery', () => {
    function delivered(sourceEventId: string, caseId: string, deliveredAt: string) {
      const messageId = randomUUID();
      return h.write.raw(`message-${messageId}`, 'MessageDelivered', {
        messageId, sourceEventId, caseId, purpose: 'acknowledgement', recipientCount: 1, attempt: 1, smtpResponse: '250 2.0.0 Ok', deliveredAt,
      });
    }
    function failed(sourceEventId: string, caseId: string, failure: { permanent: boolean; reason: string; smtpCode: number | null; smtpResponse: string; nextAttemptAt: string | null }) {
      const messageId = randomUUID();
      return h.write.raw(`message-${messageId}`, 'MessageDeliveryFailed', {
        messageId, sourceEventId, caseId, purpose: 'routing', attempt: 1, failedAt: '2026-03-02T09:05:00.000Z', ...failure,
      });
    }
    const titles = async (c: CaseScript) => (await fileOf(c))!.timeline.map((entry) => entry.title);

    it('says "inviata" only once the mail server accepted the message, and "invio non riuscito" when it never will', async () => {
      const c = new CaseScript();
      await h.write.case(c.caseId, [c.received({ reference: 'URP-2026-000003' }), c.acknowledged(on('2026-03-02', '09:01'), 'URP-2026-000003'), c.routed(lavoriPubblici), c.reminder(lavoriPubblici, 1, on('2026-03-14'))]);
      const [, ack, routed, reminder] = await h.store.readStream(`case-${c.caseId}`);
      await failed(ack.id, c.caseId, { permanent: false, reason: 'smtp_refused', smtpCode: 451, smtpResponse: '451 4.7.1 Try again later', nextAttemptAt: '2026-03-02T09:06:00.000Z' });
      expect((await titles(c))[1]).toBe(
        'Conferma di ricezione con il numero URP-2026-000003 da inviare al cittadino via e-mail (tentativo n. 1 non riuscito: 451 4.7.1 Try again later; nuovo tentativo il 02/03/2026 alle 10:06)',
      );
      await delivered(ack.id, c.caseId, '2026-03-02T09:15:30.000Z');
      await failed(routed.id, c.caseId, { permanent: true, reason: 'no_recipient', smtpCode: null, smtpResponse: 'no referent has an address', nextAttemptAt: null });
      await delivered(reminder.id, c.caseId, '2026-07-14T08:00:00.000Z');
      // A failure recorded after the delivery (a replayed attempt) does not undo it.
      await failed(ack.id, c.caseId, { permanent: true, reason: 'smtp_refused', smtpCode: 550, smtpResponse: '550 late', nextAttemptAt: null });
      expect(await titles(c)).toEqual([
        'Pratica ricevuta via e-mail (segnalazione)',
        'Conferma di ricezione con il numero URP-2026-000003 inviata al cittadino via e-mail (consegnata il 02/03/2026 alle 10:15)',
        'Assegnata al settore Lavori Pubblici (presa in carico entro il 13/03/2026) — comunicazione ai referenti del settore via e-mail: invio non riuscito (nessun indirizzo e-mail)',
        'Sollecito n. 1 inviato al settore Lavori Pubblici via e-mail (consegnato il 14/07/2026 alle 10:00)',
      ]);
    });

    it('claims no e-mail for a reply given at the counter or to a citizen who gave no address', async () => {
      const c = new CaseScript();
      await h.write.case(c.caseId, [
        c.received({ channel: 'counter', reference: 'URP-2026-000004' }),
        c.acknowledged(on('2026-03-02', '09:01'), 'URP-2026-000004', 'counter'),
        c.finalReplySent('La buca è stata chiusa', '2026-04-01', on('2026-03-22'), 'counter'),
        c.finalReplySent('La buca è stata chiusa', '2026-04-01', on('2026-03-23'), 'email'),
        c.closed('answered', on('2026-03-23', '09:01')),
      ]);
      const all = await titles(c);
      expect(all.slice(1)).toEqual([
        'Conferma di ricezione con il numero URP-2026-000004 comunicata al cittadino allo sportello',
        'Risposta definitiva comunicata al cittadino allo sportello',
        'Risposta definitiva registrata senza invio per e-mail (il cittadino non ha indicato un indirizzo e-mail)',
        'Pratica chiusa con risposta definitiva',
      ]);
    });
  });

  it('names sectors as they were then in the timeline, and as they are now in the header', async () => {
    const [c, duplicate] = [new CaseScript(), new CaseScript()];
    await h.write.case(c.caseId, [c.received({ reference: 'URP-2026-000007' }), c.routed(tributi)]);
    await h.write.case(c.caseId, [c.routed(lavoriPubblici, on('2026-03-04'), '2026-03-14', tributi)]);
    await h.write.sector(lavoriPubblici, [sectorRenamed(lavoriPubblici, 'Lavori Pubblici', 'Manutenzioni')]);
    await h.write.case(c.caseId, [c.handedBack(lavoriPubblici, 'Competenza della Polizia Locale', on('2026-03-11'))]);
    await h.write.case(duplicate.caseId, [duplicate.received({ channel: 'web', submittedBy: 'citizen', kind: null }), duplicate.merged(c.caseId)]);

    const file = await fileOf(c);
    expect(file!.timeline.map((entry) => entry.title)).toEqual([
      'Pratica ricevuta via e-mail (segnalazione)',
      'Assegnata al settore Tributi (presa in carico entro il 13/03/2026) — comunicazione da inviare ai referenti del settore via e-mail',
      'Riassegnata dal settore Tributi al settore Lavori Pubblici (presa in carico entro il 14/03/2026) — comunicazione da inviare ai referenti del settore via e-mail',
      "Restituita all'URP dal settore Manutenzioni — comunicazione da inviare ai referenti del settore via e-mail",
    ]);
    expect(file).toMatchObject({ status: 'received', sector: null });
    expect((await fileOf(duplicate))!.timeline.map((entry) => entry.title)).toEqual([
      'Pratica inviata dal cittadino tramite il portale web',
      'Unita alla pratica URP-2026-000007 come duplicato',
    ]);

    await h.write.case(c.caseId, [c.routed(lavoriPubblici, on('2026-03-12'), '2026-03-22')]);
    expect((await fileOf(c))!.sector).toEqual({ id: lavoriPubblici, name: 'Manutenzioni' });
  });

  it('shows where the case stands today: due dates, days left and the SLA state at the clock’s time', async () => {
    const c = new CaseScript();
    await h.write.case(c.caseId, [c.received({ finalReplyDueDate: '2026-04-01' }), c.routed(lavoriPubblici, on('2026-03-03'), '2026-03-13')]);
    h.clock.set('2026-03-28T10:00:00.000Z');
    expect(await fileOf(c)).toMatchObject({
      status: 'routed',
      finalReply: { dueDate: '2026-04-01', dueSoonDays: 5, daysLeft: 4, slaState: 'due_soon', dueSoonWarned: false, overdueMarked: false },
      takeCharge: { dueDate: '2026-03-13', daysLeft: -15 },
      suspended: false,
      remindersSent: 0,
    });
    await h.write.case(c.caseId, [c.overdue('2026-04-01', on('2026-04-02', '00:00'))], PROCESS_MANAGER);
    h.clock.set('2026-04-02T08:00:00.000Z');
    expect((await fileOf(c))!.finalReply).toMatchObject({ daysLeft: -1, slaState: 'overdue', overdueMarked: true });

    await h.write.case(c.caseId, [c.closed('withdrawn', on('2026-04-02', '09:00'))]);
    expect(await fileOf(c)).toMatchObject({
      status: 'closed',
      outcome: 'withdrawn',
      closedAt: '2026-04-02T09:00:00.000Z',
      takeCharge: null,
      finalReply: { dueDate: '2026-04-01', daysLeft: null, slaState: null },
    });
  });

  describe('personal data', () => {
    const c = new CaseScript();

    beforeEach(() => fullStory(c));

    const texts = (file: Awaited<ReturnType<CaseTimelineReader['caseFile']>>) =>
      Object.fromEntries(file!.timeline.filter((entry) => entry.text !== null).map((entry) => [entry.type, entry.text]));

    it('is all opened for operators and admins', async () => {
      for (const viewer of [viewers.operator, viewers.admin]) {
        const file = await fileOf(c, viewer);
        expect(file!.personalData).toEqual({
          access: 'full',
          erased: false,
          citizen: MARIO,
          title: null,
          description: 'In via Roma, davanti al civico 12, c’è una buca profonda.',
          location: 'Via Roma 12, Ancona',
        });
        expect(texts(file)).toEqual({
          CaseReceived: 'In via Roma, davanti al civico 12, c’è una buca profonda.',
          CaseRouted: 'Buca segnalata da Mario Rossi',
          CitizenInformationRequested: 'Può indicare il civico esatto?',
          CitizenInformationReceived: 'Civico 12, lato mare',
          InterimReplySent: 'Sopralluogo in programma giovedì',
          FinalReplyDrafted: 'La buca sarà chiusa entro venerdì',
          FinalReplyDeadlineExtended: 'Serve un sopralluogo con la ditta',
          FinalReplySent: 'Gentile Mario, la buca sarà chiusa entro venerdì',
          SatisfactionFeedbackGiven: 'Rapidi e gentili',
          CaseReopened: 'La buca è stata chiusa male',
        });
      }
    });

    it("is opened, but for the fiscal code, for the referent of the case's sector", async () => {
      // Reopened cases are back with the URP: route it again so the sector has it.
      await h.write.case(c.caseId, [c.routed(lavoriPubblici, on('2026-03-29'), '2026-04-08')]);
      const file = await fileOf(c, viewers.referentLp);
      expect(file!.personalData).toMatchObject({ access: 'without_fiscal_code', citizen: { ...MARIO, fiscalCode: null } });
      expect(texts(file)).toMatchObject({ CaseRouted: 'Buca segnalata da Mario Rossi', FinalReplyDrafted: 'La buca sarà chiusa entro venerdì' });
    });

    it('is not opened for managers and auditors, who still see the whole story', async () => {
      for (const viewer of [viewers.manager, viewers.auditor]) {
        const file = await fileOf(c, viewer);
        expect(file!.personalData).toEqual({ access: 'none', erased: false, citizen: null, title: null, description: null, location: null });
        expect(file!.timeline.every((entry) => entry.text === null)).toBe(true);
        expect(file!.timeline).toHaveLength(15);
      }
    });

    it("is not shown at all to a referent of another sector, nor to one whose sector no longer has the case", async () => {
      expect(await fileOf(c, viewers.referentTributi)).toBeNull();
      expect(await fileOf(c, viewers.referentLp)).toBeNull(); // reopened: with the URP again
      expect(await fileOf(c, { role: 'referent' })).toBeNull();
    });

    it("reads 'dati personali cancellati' once the citizen's data is erased, in this process and any other", async () => {
      await h.erasure.eraseCitizen({ citizenId: c.citizenId, legalReason: 'Art. 17 GDPR', actor: { id: 'user-admin', role: 'admin' } });
      const freshProcess = new CaseTimelineReader(h.dataSource, h.clock, new PersonalDataVault(h.keys));
      for (const file of [await fileOf(c), await freshProcess.caseFile(c.caseId, viewers.operator)]) {
        expect(file!.personalData).toEqual({
          access: 'full',
          erased: true,
          citizen: {
            fullName: ERASED_DISPLAY_TEXT,
            email: ERASED_DISPLAY_TEXT,
            phone: ERASED_DISPLAY_TEXT,
            fiscalCode: ERASED_DISPLAY_TEXT,
            address: ERASED_DISPLAY_TEXT,
          },
          title: null,
          description: ERASED_DISPLAY_TEXT,
          location: ERASED_DISPLAY_TEXT,
        });
        expect(new Set(Object.values(texts(file)))).toEqual(new Set([ERASED_DISPLAY_TEXT]));
        expect(file!.timeline[9].title).toBe('Termine prorogato al 15/04/2026 — comunicazione da inviare al cittadino via e-mail');
      }
    });

    it('stays sealed in the tables: only the envelopes of the events, never a plain value', async () => {
      await h.caughtUp();
      const rows: { row: string }[] = await h.dataSource.query(
        `SELECT row_to_json(e)::text AS row FROM case_timeline_entries e
         UNION ALL SELECT row_to_json(c)::text FROM case_timeline_cases c
         UNION ALL SELECT row_to_json(u)::text FROM case_timeline_users u`,
      );
      const dump = rows.map((r) => r.row).join('\n');
      expect(dump).toContain('$sealed');
      for (const secret of ['Mario', 'Rossi', 'RSSMRA', 'Via Roma', 'civico', 'Rapidi', 'venerdì', 'secret-hash', 'sopralluogo con la ditta', 'chiusa male']) {
        expect(dump).not.toContain(secret);
      }
      const [entry] = await h.dataSource.query("SELECT sealed FROM case_timeline_entries WHERE event_type = 'CaseReceived'");
      const [event] = await h.store.readStream(`case-${c.caseId}`, { maxCount: 1 });
      const data = event.data as Record<string, unknown>;
      expect(entry.sealed).toEqual({ citizenId: c.citizenId, citizen: data.citizen, description: data.description, location: data.location });
    });
  });

  it('keeps nothing of a personal field that reached it unsealed', async () => {
    const c = new CaseScript();
    await h.write.case(c.caseId, [c.received({ description: 'Mi chiamo Mario Rossi' })], OPERATOR, { seal: false });
    const file = await fileOf(c);
    expect(file!.personalData).toMatchObject({ citizen: null, description: null, location: null });
    const [entry] = await h.dataSource.query('SELECT sealed, title FROM case_timeline_entries');
    expect(entry).toEqual({ sealed: null, title: 'Pratica ricevuta via e-mail (segnalazione)' });
  });

  it('knows nothing of a case it never saw received', async () => {
    const c = new CaseScript();
    await h.write.case(c.caseId, [c.routed(tributi)]);
    expect(await fileOf(c)).toBeNull();
    expect(await reader.caseFile(randomUUID(), viewers.operator)).toBeNull();
  });
});
