/**
 * Open311 GeoReport v2 against the spec's examples: the service list and definition, POST
 * Service Request form-encoded (the only non-JSON write of the API), GET Service Requests,
 * JSON and XML, and errors in the spec's shape. The office's rules hold as on the portal.
 */
import { DataSource } from 'typeorm';
import { aComplaint, registerCase } from '../cases/support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';

const BASE = '/api/v1/open311/v2';

/** The spec's example request, with an Italian pothole. */
const POTHOLE = {
  service_code: 'strade/buche',
  lat: '43.6158',
  long: '13.5189',
  address_string: 'Via Roma 12, Ancona',
  email: 'maria.rossi@example.it',
  first_name: 'Maria',
  last_name: 'Rossi',
  phone: '+39 071 222 2222',
  description: 'Buca profonda davanti al civico 12, pericolosa per le moto.',
  api_key: 'xyz',
  device_id: 'tt222111',
};

describe('Open311 GeoReport v2', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  /** Case and reference-number events only: the dispatcher records deliveries meanwhile. */
  const caseEventCount = async () =>
    Number(
      (await system.app.get(DataSource).query(`SELECT count(*) AS n FROM events WHERE stream_name LIKE 'case-%' OR stream_name LIKE 'reference-counter-%'`))[0].n,
    );
  const post = (path: string, form: Record<string, string>) => system.http().post(`${BASE}/${path}`).type('form').send(form);

  it('lists the categories that take reports as services, in JSON and XML', async () => {
    const json = await system.http().get(`${BASE}/services.json`).expect(200).expect('content-type', /application\/json/);
    const buche = json.body.find((service: { service_code: string }) => service.service_code === 'strade/buche');
    expect(buche).toEqual({
      service_code: 'strade/buche',
      service_name: 'Buche e manto stradale',
      description: 'Buche e manto stradale: segnalazioni seguite da Lavori Pubblici.',
      metadata: false,
      type: 'realtime',
      keywords: 'strade, buche',
      group: 'Strade e mobilità',
    });
    // Civic access and information-only categories take no report: not services.
    expect(json.body.map((service: { service_code: string }) => service.service_code)).not.toContain('accesso-civico/tributi');

    const xml = await system.http().get(`${BASE}/services.xml`).expect(200).expect('content-type', /text\/xml/);
    expect(xml.text.startsWith('<?xml version="1.0" encoding="utf-8"?><services><service>')).toBe(true);
    expect(xml.text).toContain('<service><service_code>strade/buche</service_code><service_name>Buche e manto stradale</service_name>');
    expect(xml.text).toContain('<metadata>false</metadata><type>realtime</type>');
  });

  it('answers a service definition, and a 404 in the spec error format for an unknown code', async () => {
    const definition = await system.http().get(`${BASE}/services/strade%2Fbuche.json`).expect(200);
    expect(definition.body).toEqual({ service_code: 'strade/buche', attributes: [] });
    const missing = await system.http().get(`${BASE}/services/nulla.json`).expect(404);
    expect(missing.body).toEqual([{ code: 404, description: 'service_code nulla not found' }]);
    const missingXml = await system.http().get(`${BASE}/services/nulla.xml`).expect(404);
    expect(missingXml.text).toBe('<?xml version="1.0" encoding="utf-8"?><errors><error><code>404</code><description>service_code nulla not found</description></error></errors>');
  });

  it('answers a refusal of the validation layer in the spec error format too, JSON and XML', async () => {
    const json = await system.http().get(`${BASE}/requests.json?sectorId=%00`).expect(400);
    expect(json.body).toEqual([{ code: 400, description: expect.stringContaining('sectorId') }]);
    const xml = await system.http().get(`${BASE}/requests.xml?sectorId=%00`).expect(400);
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><errors><error><code>400<\/code><description>[^<]*sectorId[^<]*<\/description><\/error><\/errors>$/);
  });

  it('creates a case from a form-encoded request: a report on the web channel, personal data sealed', async () => {
    const created = await post('requests.json', POTHOLE).expect(201);
    expect(created.body).toEqual([
      { service_request_id: expect.stringMatching(/^URP-2026-\d{6}$/), service_notice: expect.stringContaining('Segnalazione registrata con il numero di pratica'), account_id: null },
    ]);
    const reference = created.body[0].service_request_id;
    expect(created.body[0].service_notice).toContain(reference);
    expect(created.body[0].service_notice).toContain('codice di accesso');

    // Read from the queue's read model: once the projection has the case.
    await waitFor(async () => (await system.http().get(`${BASE}/requests/${reference}.json`)).status === 200);
    const one = await system.http().get(`${BASE}/requests/${reference}.json`).expect(200);
    expect(one.body).toEqual([
      expect.objectContaining({
        service_request_id: reference,
        status: 'open',
        service_code: 'strade/buche',
        service_name: 'Buche e manto stradale',
        agency_responsible: 'Ufficio Relazioni con il Pubblico',
        requested_datetime: '2026-03-02T09:00:00.000Z',
        description: null,
        address: null,
        lat: null,
        long: null,
      }),
    ]);
    expect(JSON.stringify(one.body)).not.toMatch(/Rossi|maria|Via Roma|Buca/);
  });

  it('is idempotent: the same form again gets the same request and no second case', async () => {
    const form = { ...POTHOLE, description: 'Lampione spento in via Verdi.', service_code: 'illuminazione/lampioni' };
    const first = await post('requests.json', form).expect(201);
    const before = await caseEventCount();
    const again = await post('requests.json', form).expect(201);
    expect(again.body[0].service_request_id).toBe(first.body[0].service_request_id);
    expect(await caseEventCount()).toBe(before);
  });

  it('answers XML when asked', async () => {
    const created = await post('requests.xml', { ...POTHOLE, description: 'Marciapiede sconnesso.', service_code: 'strade/marciapiedi' }).expect(201);
    expect(created.text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><service_requests><request><service_request_id>URP-2026-\d{6}<\/service_request_id><service_notice>.+<\/service_notice><account_id\/><\/request><\/service_requests>$/,
    );
  });

  it('refuses what the portal refuses, in the spec error format, and appends nothing', async () => {
    const before = await caseEventCount();
    const anonymous = await post('requests.json', { ...POTHOLE, first_name: '' }).expect(400);
    expect(anonymous.body).toEqual([{ code: 400, description: 'first_name was not provided: reports are never anonymous' }]);
    const unknown = await post('requests.json', { ...POTHOLE, service_code: 'persone/rossi' }).expect(404);
    expect(unknown.body).toEqual([{ code: 404, description: 'service_code persone/rossi not found' }]);
    const nowhere = await post('requests.json', { ...POTHOLE, lat: '', long: '', address_string: '' }).expect(400);
    expect(nowhere.body[0].description).toMatch(/location was not provided/);
    const badLat = await post('requests.json', { ...POTHOLE, lat: '123' }).expect(400);
    expect(badLat.body[0].code).toBe(400);
    // A real point, but in Paris: outside the service area (Italy by default).
    const abroad = await post('requests.json', { ...POTHOLE, lat: '48.8566', long: '2.3522' }).expect(400);
    expect(abroad.body).toEqual([
      { code: 400, description: 'lat and long must fall in the service area (latitude 35 to 47.2, longitude 6.5 to 18.6)' },
    ]);
    expect(await caseEventCount()).toBe(before);
  });

  it('lists requests with status open or closed, filtered by id, service and status', async () => {
    const { id, reference } = await registerCase(system, aComplaint({ kind: 'report', category: 'tributi/tari' }));
    await system.as('operator').post(`/cases/${id}/route`, { sectorId: SECTORS.tributi.id }).expect(200);
    await system.as('referent-tributi').post(`/cases/${id}/take-charge`, {}).expect(200);
    await system.as('referent-tributi').post(`/cases/${id}/final-reply`, { text: 'Avviso corretto.', channel: 'email' }).expect(200);
    await waitFor(async () => (await system.http().get(`${BASE}/requests/${reference}.json`)).body[0]?.status === 'closed');

    const closed = await system.http().get(`${BASE}/requests.json?status=closed&service_code=tributi/tari`).expect(200);
    expect(closed.body).toEqual([
      expect.objectContaining({ service_request_id: reference, status: 'closed', agency_responsible: 'Tributi', expected_datetime: null }),
    ]);
    const open = await system.http().get(`${BASE}/requests.json?status=open`).expect(200);
    expect(open.body.length).toBeGreaterThan(0);
    expect(open.body.every((r: { status: string }) => r.status === 'open')).toBe(true);
    expect(open.body[0].expected_datetime).toBe('2026-04-01T21:59:59.000Z');

    const bad = await system.http().get(`${BASE}/requests.json?start_date=ieri`).expect(400);
    expect(bad.body[0]).toEqual({ code: 400, description: expect.stringContaining('start_date') });
    await system.http().get(`${BASE}/requests/URP-2026-999999.json`).expect(404);
    const events = await caseEvents(system.store, id);
    expect(events[0].data).toMatchObject({ subject: 'tributi/tari' });
  });

  it('only Open311 takes a form body: the rest of the API still refuses one', async () => {
    const refused = await system.http().post('/api/v1/public/cases').type('form').send({ kind: 'report', description: 'x' }).expect(415);
    expect(refused.body.statusCode).toBe(415);
  });
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()); waited += 50) {
    if (waited > 10_000) throw new Error('The read model never caught up');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
