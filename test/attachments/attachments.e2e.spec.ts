/**
 * Attachments over HTTP: multipart on both registration routes, files checked on their
 * content, stored encrypted under the citizen's key, opened by the staff who may see the case
 * and by the citizen with the access code, and gone with the citizen's erasure.
 */
import { caseIdOf as caseIdOfCase } from '../cases/support/case-id-of';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { aComplaint } from '../cases/support/case-steps';
import { caseEvents, SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';
import { EXECUTABLE, jpeg, pdf, png } from './files';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('attachments', () => {
  let system: CaseSystem;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
    for (const username of ['operator', 'admin', 'manager', 'referent-lavori-pubblici', 'referent-tributi']) {
      const answer = await system.http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
      tokens[username] = answer.body.accessToken;
    }
  });
  afterAll(() => system?.stop());

  const get = (user: string, path: string) => system.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${tokens[user]}`);

  const online = (payload: object) => system.http().post('/api/v1/public/cases').field('payload', JSON.stringify(payload));
  const byOperator = (payload: object) =>
    system.http().post('/api/v1/cases').set('Authorization', `Bearer ${tokens.operator}`).field('payload', JSON.stringify(payload));
  const { channel: _channel, ...onlineComplaint } = aComplaint();

  const caseIdOf = (reference: string) => caseIdOfCase(system.app, reference);
  const rowsFor = async (citizenId: string) =>
    (await system.app.get(DataSource).query('SELECT count(*)::int AS count FROM case_attachments WHERE citizen_id = $1', [citizenId]))[0].count as number;

  it('an operator registers a case with a photo and a PDF; the event names them by hash, sealed; staff list and open them', async () => {
    const photo = png();
    const verbale = pdf('Verbale sopralluogo');
    const response = await byOperator(aComplaint())
      .attach('photos', photo, { filename: 'buca via Roma.png', contentType: 'image/png' })
      .attach('documents', verbale, { filename: 'verbale.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ reference: expect.stringMatching(/^URP-2026-/), accessCode: expect.any(String) });
    const caseId = response.body.id as string;

    const [received] = (await caseEvents(system.store, caseId)) as Array<{ type: string; data: Record<string, unknown> }>;
    expect(received.type).toBe('CaseReceived');
    // The list is personal data (names of files, fingerprints): sealed under the citizen's key.
    expect(received.data.attachments).toHaveProperty('$sealed');
    expect(JSON.stringify(received.data)).not.toContain(sha(photo));

    const list = await get('operator', `/cases/${caseId}/attachments`).expect(200);
    expect(list.body).toEqual({
      caseId,
      erased: false,
      attachments: [
        { sha256: sha(photo), mediaType: 'image/png', kind: 'photo', bytes: photo.length, name: 'buca via Roma.png', href: `/api/v1/cases/${caseId}/attachments/${sha(photo)}` },
        { sha256: sha(verbale), mediaType: 'application/pdf', kind: 'document', bytes: verbale.length, name: 'verbale.pdf', href: `/api/v1/cases/${caseId}/attachments/${sha(verbale)}` },
      ],
    });
    const file = await get('operator', `/cases/${caseId}/attachments/${sha(verbale)}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(file.body as Buffer, verbale)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="verbale.pdf"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    // Stored encrypted: the plain bytes are nowhere in the table.
    const [row] = await system.app.get(DataSource).query('SELECT ciphertext FROM case_attachments WHERE sha256 = $1', [sha(verbale)]);
    expect((row.ciphertext as Buffer).includes(Buffer.from('Verbale sopralluogo'))).toBe(false);
  });

  it("a referent opens the files of a case routed to their sector only; a manager never", async () => {
    const photo = jpeg('referent');
    const response = await byOperator(aComplaint()).attach('photos', photo, 'foto.jpg').expect(201);
    const caseId = response.body.id as string;
    await get('referent-lavori-pubblici', `/cases/${caseId}/attachments/${sha(photo)}`).expect(404);
    await system.as('operator').post(`/cases/${caseId}/route`, { sectorId: SECTORS.lavoriPubblici.id }, { 'If-Match': '"1"' }).expect(200);
    const opened = await get('referent-lavori-pubblici', `/cases/${caseId}/attachments/${sha(photo)}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(opened.body as Buffer, photo)).toBe(0);
    expect(opened.headers['content-disposition']).toMatch(/^inline; filename="foto.jpg"/);
    await get('referent-tributi', `/cases/${caseId}/attachments`).expect(404);
    await get('manager', `/cases/${caseId}/attachments`).expect(403);
    await get('operator', `/cases/${caseId}/attachments/${'0'.repeat(64)}`).expect(404);
  });

  it('the citizen sends files online, sees them in the user area and downloads them with the access code only', async () => {
    const photos = [png(2, 2), png(3, 3), jpeg('terza')];
    let request = online({ ...onlineComplaint, point: { lat: 43.6158, lon: 13.5189 } });
    photos.forEach((photo, index) => (request = request.attach('photos', photo, `foto-${index + 1}.${index === 2 ? 'jpg' : 'png'}`)));
    const response = await request.attach('documents', pdf(), 'modulo.pdf');
    expect(response.status).toBe(201);
    const { reference, accessCode } = response.body as { reference: string; accessCode: string };
    await caseIdOf(reference);

    const area = await system.http().get(`/api/v1/public/cases/${reference}`).set('X-Access-Code', accessCode).expect(200);
    expect(area.body.request.point).toEqual({ lat: 43.6158, lon: 13.5189 });
    expect(area.body.request.attachments.map((a: { name: string; kind: string }) => [a.name, a.kind])).toEqual([
      ['foto-1.png', 'photo'],
      ['foto-2.png', 'photo'],
      ['foto-3.jpg', 'photo'],
      ['modulo.pdf', 'document'],
    ]);
    const href = area.body.request.attachments[2].href as string;
    expect(href).toBe(`/api/v1/public/cases/${reference}/attachments/${sha(photos[2])}`);
    const file = await system.http().get(href).set('X-Access-Code', accessCode).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(file.body as Buffer, photos[2])).toBe(0);
    await system.http().get(href).set('X-Access-Code', 'AAAA-BBBB-CC').expect(404);
    await system.http().get(href).expect(404);
  });

  it.each([
    ['an executable named like a photo', (r: Req) => r.attach('photos', EXECUTABLE, 'foto.jpg'), 'photos[0]', 'fileType'],
    ['a PDF sent as a photo', (r: Req) => r.attach('photos', pdf(), 'foto.png'), 'photos[0]', 'fileType'],
    ['a photo sent as a document', (r: Req) => r.attach('documents', png(), 'modulo.pdf'), 'documents[0]', 'fileType'],
    ['an empty file', (r: Req) => r.attach('documents', Buffer.alloc(0), 'vuoto.pdf'), 'documents[0]', 'notEmpty'],
    ['a fourth photo', (r: Req) => [1, 2, 3, 4].reduce((q, i) => q.attach('photos', jpeg(String(i)), `f${i}.jpg`), r), 'photos', 'maxCount'],
    ['a file in an unknown field', (r: Req) => r.attach('video', jpeg(), 'f.jpg'), 'video', 'knownField'],
    ['a file over the size limit', (r: Req) => r.attach('documents', Buffer.concat([pdf(), Buffer.alloc(5 * 1024 * 1024)]), 'big.pdf'), 'documents', 'maxFileSize'],
  ])('%s is refused with a 400 naming the field, and nothing is appended or stored', async (_what, attach, field, rule) => {
    const events = await system.eventCount();
    const stored = (await system.app.get(DataSource).query('SELECT count(*)::int AS count FROM case_attachments'))[0].count;
    const response = await attach(online(onlineComplaint));
    expect(response.status).toBe(400);
    expect(response.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await system.eventCount()).toBe(events);
    expect((await system.app.get(DataSource).query('SELECT count(*)::int AS count FROM case_attachments'))[0].count).toBe(stored);
  });

  it('a multipart body without its payload, or with a bad one, is a 400 naming payload; the DTO rules still apply', async () => {
    const noPayload = await system.http().post('/api/v1/public/cases').attach('photos', jpeg(), 'f.jpg');
    expect(noPayload.status).toBe(400);
    expect(noPayload.body.violations).toEqual([expect.objectContaining({ field: 'payload', rule: 'isNotEmpty' })]);
    const badJson = await system.http().post('/api/v1/public/cases').field('payload', '{not json');
    expect(badJson.body.violations).toEqual([expect.objectContaining({ field: 'payload', rule: 'isJson' })]);
    const badEmail = await online({ ...onlineComplaint, citizen: { fullName: 'Maria Rossi', email: 'non-una-mail' } }).attach('photos', jpeg(), 'f.jpg');
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'citizen.email' })]));
  });

  it('a point outside the service area, or malformed, is a 400 naming point', async () => {
    const paris = await system.http().post('/api/v1/public/cases').send({ ...onlineComplaint, point: { lat: 48.8566, lon: 2.3522 } });
    expect(paris.status).toBe(400);
    expect(paris.body.violations).toEqual([expect.objectContaining({ field: 'point', rule: 'insideServiceArea' })]);
    const text = await system.http().post('/api/v1/public/cases').send({ ...onlineComplaint, point: { lat: 'north', lon: 13 } });
    expect(text.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'point.lat', rule: 'isNumber' })]));
  });

  it('a retry with the same Idempotency-Key makes one case; with other files it is refused', async () => {
    const send = (photo: Buffer) =>
      online(onlineComplaint).set('Idempotency-Key', 'attachments-retry-0001').attach('photos', photo, 'f.jpg');
    const first = await send(jpeg('one'));
    const again = await send(jpeg('one'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.reference).toBe(first.body.reference);
    const other = await send(jpeg('two'));
    expect(other.status).toBe(422);
  });

  it("erasing the citizen erases the files: the list is empty, the download is 410, and the ciphertexts are deleted", async () => {
    const photo = png(5, 5, [10, 120, 10]);
    const response = await byOperator(aComplaint({ citizen: { fullName: 'Carla Bianchi', email: 'carla.bianchi@example.it' } }))
      .attach('photos', photo, 'giardino.png')
      .expect(201);
    const caseId = response.body.id as string;
    const [received] = (await caseEvents(system.store, caseId)) as Array<{ type: string; data: Record<string, unknown> }>;
    const citizenId = received.data.citizenId as string;
    expect(await rowsFor(citizenId)).toBe(1);
    await get('operator', `/cases/${caseId}/attachments/${sha(photo)}`).expect(200);

    await system.as('admin').post(`/citizens/${citizenId}/erasure`, { legalReason: 'Richiesta ex art. 17 GDPR' }).expect(200);

    expect(await rowsFor(citizenId)).toBe(0);
    const list = await get('operator', `/cases/${caseId}/attachments`).expect(200);
    expect(list.body).toEqual({ caseId, erased: true, attachments: [] });
    const gone = await get('operator', `/cases/${caseId}/attachments/${sha(photo)}`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('PERSONAL_DATA_ERASED');
  });
});

type Req = import('supertest').Test;

function binary(response: import('supertest').Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** URP_MAP_BOUNDS and URP_ATTACHMENT_MAX_BYTES reach the checks through the one configuration. */
describe('attachments and map point under a configured area and size', () => {
  let system: CaseSystem;
  const { channel: _channel, ...onlineComplaint } = aComplaint();
  const GUBBIO = { lat: 43.3512, lon: 12.5773 };
  const ANCONA = { lat: 43.6158, lon: 13.5189 };

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z', env: { URP_MAP_BOUNDS: '43.25,12.45,43.45,12.7', URP_ATTACHMENT_MAX_BYTES: '2048' } });
  });
  afterAll(() => system?.stop());

  it('a point outside the configured area is a 400 naming its bounds; one inside is taken', async () => {
    const ancona = await system.http().post('/api/v1/public/cases').send({ ...onlineComplaint, point: ANCONA });
    expect(ancona.status).toBe(400);
    expect(ancona.body.violations).toEqual([
      expect.objectContaining({ field: 'point', rule: 'insideServiceArea', message: expect.stringContaining('latitude 43.25 to 43.45, longitude 12.45 to 12.7') }),
    ]);
    const gubbio = await system.http().post('/api/v1/public/cases').send({ ...onlineComplaint, point: GUBBIO });
    expect(gubbio.status).toBe(201);
  });

  it('a file over the configured size is a 400 naming it; the portal form announces the same limits', async () => {
    const big = await system
      .http()
      .post('/api/v1/public/cases')
      .field('payload', JSON.stringify(onlineComplaint))
      .attach('documents', Buffer.concat([pdf(), Buffer.alloc(4096)]), 'big.pdf');
    expect(big.status).toBe(400);
    expect(big.body.violations).toEqual([expect.objectContaining({ field: 'documents', rule: 'maxFileSize', message: expect.stringContaining('2048 bytes') })]);
    const form = await system.http().get('/portale/segnalazione').expect(200);
    expect(form.text).toContain('data-area="43.25,12.45,43.45,12.7"');
    expect(form.text).toContain('data-max-bytes="2048"');
  });
});
