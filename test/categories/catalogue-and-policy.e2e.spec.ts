/**
 * The office's rules as events, over HTTP: the category catalogue (admins change it, anyone
 * reads it, registration and classification obey it) and the channel policy (which kinds
 * each channel takes, judged at the case's receipt).
 */
import { isSealedEnvelope } from '../../src/personal-data';
import { SOCIAL_CHANNEL_CITIZEN_MESSAGE } from '../../src/domain';
import { aComplaint, registerCase } from '../cases/support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';

describe('the category catalogue and the channel policy', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  it('anyone reads the catalogue, by label, with the suggested sector', async () => {
    const response = await system.http().get('/api/v1/categories').expect(200);
    const buche = response.body.items.find((item: { code: string }) => item.code === 'strade/buche');
    expect(buche).toMatchObject({
      label: 'Buche e manto stradale',
      kinds: expect.arrayContaining(['report', 'complaint']),
      defaultSectorId: SECTORS.lavoriPubblici.id,
      defaultSectorName: 'Lavori Pubblici',
      status: 'active',
    });
    const labels = response.body.items.map((item: { label: string }) => item.label);
    expect(labels).toEqual([...labels].sort((a: string, b: string) => a.localeCompare(b, 'it')));
    const civic = await system.http().get('/api/v1/categories?kind=civic_access').expect(200);
    expect(civic.body.items.every((item: { kinds: string[] }) => item.kinds.includes('civic_access'))).toBe(true);
  });

  it('an admin adds, revises and retires a category; nobody else may', async () => {
    const category = { code: 'verde/potature', label: 'Potature', kinds: ['report', 'suggestion'], defaultSectorId: SECTORS.lavoriPubblici.id };
    await system.as('operator').post('/categories', category).expect(403);
    const added = await system.as('admin').post('/categories', category).expect(201);
    expect(added.headers.etag).toBe('"0"');
    expect(added.body).toMatchObject({ code: 'verde/potature', status: 'active', effectiveFrom: '2026-03-02', defaultSectorName: 'Lavori Pubblici' });
    const again = await system.as('admin').post('/categories', category).expect(422);
    expect(again.body.code).toBe('CATEGORY_ALREADY_ADDED');

    const revised = await system.as('admin').post('/categories/verde%2Fpotature/revision', {
      label: 'Potature e sfalci',
      kinds: category.kinds,
      defaultSectorId: category.defaultSectorId,
      effectiveFrom: '2026-03-02',
    });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ label: 'Potature e sfalci', revision: 1 });

    const retired = await system.as('admin').post('/categories/verde%2Fpotature/retirement', { effectiveFrom: '2026-03-02' }).expect(200);
    expect(retired.body).toMatchObject({ status: 'retired', retiredFrom: '2026-03-02' });
    const listed = await system.http().get('/api/v1/categories').expect(200);
    expect(listed.body.items.map((item: { code: string }) => item.code)).not.toContain('verde/potature');
    const withRetired = await system.http().get('/api/v1/categories?includeRetired=true').expect(200);
    expect(withRetired.body.items.map((item: { code: string }) => item.code)).toContain('verde/potature');

    // Retired today: a registration naming it is refused, and nothing is appended.
    const before = await system.eventCount();
    const refused = await system.as('operator').post('/cases', aComplaint({ kind: 'report', category: 'verde/potature' })).expect(422);
    expect(refused.body).toMatchObject({ code: 'CATEGORY_NOT_IN_FORCE', details: { field: 'category' } });
    expect(await system.eventCount()).toBe(before);
  });

  it("the portal's form offers the catalogue, each topic with the kinds it takes, and no retired one", async () => {
    const form = await system.http().get('/portale/segnalazione').expect(200);
    expect(form.text).toContain('<option value="strade/buche" data-kinds="report complaint suggestion appreciation information_request">Buche e manto stradale</option>');
    expect(form.text).toContain('<optgroup label="Strade e mobilità">');
    expect(form.text).not.toContain('value="verde/potature"');
    // The user area still names the category of a case registered before its retirement.
    const area = await system.http().get('/portale/pratica').expect(200);
    expect(area.text).toContain('verde/potature');
  });

  it('a suggested sector must exist and take cases', async () => {
    const response = await system
      .as('admin')
      .post('/categories', { code: 'economato/forniture', label: 'Forniture', kinds: ['complaint'], defaultSectorId: SECTORS.dissolved.id });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'SECTOR_DISSOLVED', details: { field: 'defaultSectorId' } });
  });

  it('registering with a code not in the catalogue, or not for the kind, is 422 naming the field, and takes no number', async () => {
    const before = await system.eventCount();
    const unknown = await system.as('operator').post('/cases', aComplaint({ subject: 'persone/rossi' })).expect(422);
    expect(unknown.body).toMatchObject({ code: 'CATEGORY_UNKNOWN', details: { field: 'category', value: 'persone/rossi' } });
    const online = await system
      .http()
      .post('/api/v1/public/cases')
      .send({ kind: 'report', category: 'persone/rossi', description: 'Prova.', citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' } })
      .expect(422);
    expect(online.body.code).toBe('CATEGORY_UNKNOWN');
    const wrongKind = await system.as('operator').post('/cases', aComplaint({ kind: 'civic_access', category: 'strade/buche' })).expect(422);
    expect(wrongKind.body).toMatchObject({ code: 'CATEGORY_NOT_FOR_KIND', details: { field: 'category', kind: 'civic_access' } });
    expect(await system.eventCount()).toBe(before);
  });

  it('the case keeps its category in clear and its title sealed; the answer shows the suggested sector', async () => {
    const registered = await system.as('operator').post('/cases', aComplaint({ kind: 'report', category: 'strade/buche', title: 'Buca davanti a casa Rossi' })).expect(201);
    expect(registered.body).toMatchObject({
      category: 'strade/buche',
      suggestedSector: { id: SECTORS.lavoriPubblici.id, name: 'Lavori Pubblici' },
    });
    const [received] = await caseEvents(system.store, registered.body.id);
    const data = received.data as Record<string, unknown>;
    expect(data).toMatchObject({ subject: 'strade/buche', suggestedSectorId: SECTORS.lavoriPubblici.id });
    expect(isSealedEnvelope(data.title)).toBe(true);
    expect(JSON.stringify(data)).not.toContain('casa Rossi');

    const online = await system
      .http()
      .post('/api/v1/public/cases')
      .send({ kind: 'complaint', category: 'tributi/tari', description: 'Avviso TARI errato.', citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' } })
      .expect(201);
    expect(online.body).toMatchObject({ category: 'tributi/tari', suggestedSector: { id: SECTORS.tributi.id, name: 'Tributi' } });
  });

  it('classifying takes a category code too, and records its suggested sector', async () => {
    const { id } = await registerCase(system, aComplaint({ kind: undefined, subject: undefined }));
    await system.as('operator').post(`/cases/${id}/classification`, { kind: 'report', category: 'persone/rossi' }).expect(422);
    await system.as('operator').post(`/cases/${id}/classification`, { kind: 'complaint', category: 'tributi/tari' }).expect(200);
    const events = await caseEvents(system.store, id);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClassified', data: { subject: 'tributi/tari', suggestedSectorId: SECTORS.tributi.id } });
  });

  it('by default no complaint or report comes through a chat or a social network, with the same words as today', async () => {
    const policy = await system.http().get('/api/v1/channel-policy').expect(200);
    expect(policy.body.channels.find((rule: { channel: string }) => rule.channel === 'whatsapp')).toEqual({
      channel: 'whatsapp',
      acceptedKinds: ['suggestion', 'appreciation', 'information_request', 'civic_access'],
      since: null,
    });
    const refused = await system.as('operator').post('/cases', aComplaint({ channel: 'whatsapp' })).expect(422);
    expect(refused.body).toMatchObject({ code: 'CASE_SOCIAL_CHANNEL_NOT_ACCEPTED', details: { citizenMessage: SOCIAL_CHANNEL_CITIZEN_MESSAGE } });
  });

  it('an admin lets Facebook take reports; a case received before keeps the policy of its day', async () => {
    // Received (a message read late) before the policy changed, registered after, without a kind.
    const receivedAt = system.clock.now().toISOString();
    system.clock.advance(3_600_000);
    await system.as('operator').put('/channel-policy/facebook', { acceptedKinds: ['report'] }).expect(403);
    const set = await system.as('admin').put('/channel-policy/facebook', { acceptedKinds: ['report', 'information_request'] }).expect(200);
    const facebook = set.body.channels.find((rule: { channel: string }) => rule.channel === 'facebook');
    expect(facebook).toMatchObject({ acceptedKinds: ['report', 'information_request'], since: system.clock.now().toISOString() });

    await system.as('operator').post('/cases', aComplaint({ channel: 'facebook', kind: 'report' })).expect(201);
    const earlier = await registerCase(system, aComplaint({ channel: 'facebook', kind: undefined, receivedAt }));
    const refused = await system.as('operator').post(`/cases/${earlier.id}/classification`, { kind: 'report' }).expect(422);
    expect(refused.body.code).toBe('CASE_SOCIAL_CHANNEL_NOT_ACCEPTED');

    const asBefore = await system.http().get(`/api/v1/channel-policy?at=${encodeURIComponent(receivedAt)}`).expect(200);
    expect(asBefore.body.channels.find((rule: { channel: string }) => rule.channel === 'facebook').acceptedKinds).not.toContain('report');
  });
});
