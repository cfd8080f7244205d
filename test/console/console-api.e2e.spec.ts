/**
 * The two queries the console added to the API, through the real server: the case search
 * that finds closed cases by reference, and the dashboard's projected summary and CSV export.
 */
import { act, registerCase } from '../cases/support/case-steps';
import { CaseSystem, SECTORS, startCaseSystem, Username } from '../cases/support/case-system';

jest.setTimeout(120_000);

describe('console queries', () => {
  let system: CaseSystem;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    system = await startCaseSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function get(user: Username, path: string, status = 200) {
    if (!tokens.has(user)) {
      const answer = await system.http().post('/api/v1/auth/token').send({ username: user, password: 'demo' }).expect(200);
      tokens.set(user, answer.body.accessToken);
    }
    return system.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${tokens.get(user)}`).expect(status);
  }

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The read model did not catch up in 10 s');
  }

  const summary = async () => (await get('manager', '/dashboard/summary')).body;

  it('finds a closed case by its reference typed anywhere, and a referent only within their sector', async () => {
    const registered = await registerCase(system);
    await act(system, 'operator', registered.id, 'route', { sectorId: SECTORS.lavoriPubblici.id });
    await act(system, 'referent-lavori-pubblici', registered.id, 'take-charge');
    const closed = await act(system, 'referent-lavori-pubblici', registered.id, 'final-reply', { text: 'La buca è stata chiusa.', channel: 'email' });
    expect(closed.status).toBe('closed');

    const search = (user: Username, q: string) => get(user, `/case-search?q=${encodeURIComponent(q)}`);
    const found = await until(
      () => search('operator', `il cittadino cita ${registered.reference.toLowerCase()} al telefono`),
      (r) => r.body.items[0]?.status === 'closed',
    );
    expect(found.body).toEqual({
      reference: registered.reference,
      items: [expect.objectContaining({ caseId: registered.id, reference: registered.reference, status: 'closed', outcome: 'answered', sectorName: 'Lavori Pubblici' })],
    });
    // The queue holds open cases only: this is why the search exists.
    const queue = await get('operator', `/queue?q=${registered.reference}`);
    expect(queue.body.items).toEqual([]);

    expect((await search('referent-lavori-pubblici', registered.reference)).body.items).toHaveLength(1);
    expect((await search('referent-tributi', registered.reference)).body.items).toEqual([]);
    expect((await search('manager', 'viabilita/buche')).body.items.map((i: { caseId: string }) => i.caseId)).toContain(registered.id);
    const tooShort = await get('operator', '/case-search?q=ab', 400);
    expect(tooShort.body.violations).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('moves the projected dashboard with every registration, routing and take-charge', async () => {
    const before = await summary();
    const registered = await registerCase(system);
    const after = await until(summary, (s) => s.totals.open === before.totals.open + 1);
    expect(after.eventsApplied).toBeGreaterThan(before.eventsApplied);
    const urp = after.sectors.find((s: { sectorId: string | null }) => s.sectorId === null);
    expect(urp.open).toBeGreaterThanOrEqual(1);

    await act(system, 'operator', registered.id, 'route', { sectorId: SECTORS.lavoriPubblici.id });
    const routed = await until(summary, (s) => s.totals.awaitingTakeCharge === after.totals.awaitingTakeCharge + 1);
    expect(routed.sectors.find((s: { sectorName: string }) => s.sectorName === 'Lavori Pubblici').awaitingTakeCharge).toBeGreaterThanOrEqual(1);

    system.clock.advanceDays(2);
    await act(system, 'referent-lavori-pubblici', registered.id, 'take-charge');
    const taken = await until(summary, (s) => s.totals.awaitingTakeCharge === after.totals.awaitingTakeCharge);
    const lavori = taken.timeliness.find((t: { sectorName: string }) => t.sectorName === 'Lavori Pubblici');
    expect(lavori.takenInCharge).toBeGreaterThanOrEqual(1);
    expect(lavori.takeChargeTermDays).toBeGreaterThan(0);
    expect(taken.byChannel).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'email' })]));

    await get('operator', '/dashboard/summary', 403);
  });

  it('exports the cases of a period as CSV without personal data', async () => {
    const registered = await registerCase(system);
    await until(summary, (s) => s.eventsApplied > 0);
    const today = system.clock.now().toISOString().slice(0, 10);
    const csv = await until(
      async () => (await get('manager', `/dashboard/cases.csv?from=${today}&to=${today}`)).text,
      (text) => text.includes(registered.reference),
    );
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('protocollo;canale;tipo;oggetto;stato;settore;ricevuta il;scadenza risposta;chiusa il;esito;giorni per la presa in carico;giorni per la risposta finale;voto questionario');
    expect(csv).not.toContain('Maria Rossi');
    expect(csv).not.toContain('maria.rossi');
    const refused = await get('manager', `/dashboard/cases.csv?from=${today}`, 400);
    expect(refused.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'to' })]));
  });
});
