import { randomUUID } from 'node:crypto';
import { SECTOR_STREAM_PREFIX, sectorStream } from '../../src/contracts';
import { SectorsModule } from '../../src/sectors';
import { readAllMatching } from '../../src/event-store/read-all-matching';
import { ManualClock } from '../../src/shared/clock';
import { startTestSystem, TestSystem, violationsOf } from './support/test-system';

describe('sectors over HTTP', () => {
  const clock = new ManualClock('2025-03-03T08:30:00.000Z');
  let system: TestSystem;
  let admin: { Authorization: string };

  beforeAll(async () => {
    system = await startTestSystem([SectorsModule], clock);
    admin = await system.bearer('admin');
  });
  afterAll(() => system?.stop());

  const http = () => system.http();
  const sectorEventCount = () => system.countEvents(SECTOR_STREAM_PREFIX);

  async function establish(name: string, slug: string): Promise<string> {
    const response = await http().post('/api/v1/sectors').set(admin).send({ name, slug }).expect(201);
    return response.body.id;
  }

  it('takes a sector through its life: establish, appoint, rename, remove, dissolve, each answer with its ETag', async () => {
    const created = await http().post('/api/v1/sectors').set(admin).send({ name: 'Lavori Pubblici', slug: 'lavori-pubblici' }).expect(201);
    const id = created.body.id as string;
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toEqual({ id, name: 'Lavori Pubblici', slug: 'lavori-pubblici', dissolved: false, referents: [], revision: 0 });

    const appointed = await http()
      .post(`/api/v1/sectors/${id}/referents`)
      .set(admin)
      .send({ userId: 'user-giulia', displayName: 'Giulia Bianchi' })
      .expect(201);
    expect(appointed.headers.etag).toBe('"1"');
    expect(appointed.body.referents).toEqual([{ userId: 'user-giulia', displayName: 'Giulia Bianchi' }]);

    const renamed = await http()
      .post(`/api/v1/sectors/${id}/rename`)
      .set(admin)
      .send({ name: 'Lavori Pubblici e Manutenzioni', slug: 'lavori-pubblici-manutenzioni' })
      .expect(200);
    expect(renamed.headers.etag).toBe('"2"');
    expect(renamed.body).toMatchObject({ name: 'Lavori Pubblici e Manutenzioni', slug: 'lavori-pubblici-manutenzioni' });

    const removed = await http().delete(`/api/v1/sectors/${id}/referents/user-giulia`).set(admin).expect(200);
    expect(removed.headers.etag).toBe('"3"');
    expect(removed.body.referents).toEqual([]);

    const dissolved = await http().post(`/api/v1/sectors/${id}/dissolve`).set(admin).expect(200);
    expect(dissolved.headers.etag).toBe('"4"');
    expect(dissolved.body.dissolved).toBe(true);

    const stored = await system.eventStore.readStream(sectorStream(id));
    expect(stored.map((e) => e.type)).toEqual([
      'SectorEstablished',
      'SectorReferentAppointed',
      'SectorRenamed',
      'SectorReferentRemoved',
      'SectorDissolved',
    ]);
    const adminId = system.users.find((u) => u.username === 'admin')!.id;
    expect(stored[0].metadata.actor).toEqual({ id: adminId, role: 'admin' });
    expect(stored[0].data).toEqual({
      sectorId: id,
      name: 'Lavori Pubblici',
      slug: 'lavori-pubblici',
      establishedAt: '2025-03-03T08:30:00.000Z',
    });
  });

  it('lists sectors by name to any signed-in role, and shows one with its ETag', async () => {
    const tributi = await establish('Tributi', 'tributi');
    const ambiente = await establish('Ambiente', 'ambiente');
    const manager = await system.bearer('manager');
    await system.settle();

    const list = await http().get('/api/v1/sectors').set(manager).expect(200);
    const names = (list.body as { name: string }[]).map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
    expect(list.body).toEqual(
      expect.arrayContaining([
        { id: tributi, name: 'Tributi', slug: 'tributi', dissolved: false, referents: [], revision: 0 },
        expect.objectContaining({ id: ambiente, name: 'Ambiente' }),
      ]),
    );

    const one = await http().get(`/api/v1/sectors/${tributi}`).set(await system.bearer('operator')).expect(200);
    expect(one.headers.etag).toBe('"0"');
    expect(one.body.slug).toBe('tributi');

    await http().get('/api/v1/sectors').expect(401);
    const missing = await http().get(`/api/v1/sectors/${randomUUID()}`).set(manager).expect(404);
    expect(missing.body.code).toBe('SECTOR_NOT_FOUND');
  });

  it('reads every sector event however many pages the log takes', async () => {
    for (let i = 0; i < 7; i++) await establish(`Ufficio ${i}`, `ufficio-${i}`);
    await system.settle();
    const all = await system.eventStore.readAll({ filter: { streamPrefixes: [SECTOR_STREAM_PREFIX] }, maxCount: 10_000 });
    const paged = [];
    // Pages of 3 cross several inclusive page boundaries: nothing repeated, nothing skipped.
    for await (const event of readAllMatching(system.eventStore, { streamPrefixes: [SECTOR_STREAM_PREFIX] }, 3)) paged.push(event.id);
    expect(all.length).toBeGreaterThan(6);
    expect(paged).toEqual(all.map((e) => e.id));
  });

  it('refuses every command to non-admins with 403, appending nothing', async () => {
    const id = await establish('Polizia Locale', 'polizia-locale');
    const before = await sectorEventCount();
    for (const username of ['operator', 'manager', 'auditor']) {
      const bearer = await system.bearer(username);
      await http().post('/api/v1/sectors').set(bearer).send({ name: 'Cultura', slug: 'cultura' }).expect(403);
      await http().post(`/api/v1/sectors/${id}/referents`).set(bearer).send({ userId: 'u1', displayName: 'Anna' }).expect(403);
      await http().post(`/api/v1/sectors/${id}/rename`).set(bearer).send({ name: 'Vigili', slug: 'vigili' }).expect(403);
      await http().post(`/api/v1/sectors/${id}/dissolve`).set(bearer).expect(403);
    }
    expect(await sectorEventCount()).toBe(before);
  });

  it('answers 400 naming each field and rule broken', async () => {
    const bad = await http().post('/api/v1/sectors').set(admin).send({ name: '   ', slug: 'Lavori Pubblici', colour: 'red' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(violationsOf(bad.body)).toEqual(
      expect.arrayContaining(['name:isNotEmpty', 'slug:matches', 'colour:whitelistValidation']),
    );

    const missing = await http().post('/api/v1/sectors').set(admin).send({}).expect(400);
    expect(violationsOf(missing.body)).toEqual(expect.arrayContaining(['name:isString', 'slug:isString']));

    const notUuid = await http().post('/api/v1/sectors/not-a-uuid/dissolve').set(admin).expect(400);
    expect(violationsOf(notUuid.body)).toEqual(['id:isUuid']);

    const badHeader = await http().post('/api/v1/sectors').set(admin).set('If-Match', 'latest').send({ name: 'X', slug: 'x' }).expect(400);
    expect(violationsOf(badHeader.body)).toEqual(['If-Match:revision']);
  });

  it('answers 422 with the domain code when a sector rule refuses, appending nothing', async () => {
    const id = await establish('Servizi Sociali', 'servizi-sociali');
    await establish('Anagrafe e Stato Civile', 'anagrafe');
    // The slug check reads the catalog, which sees a new sector once the log has settled.
    await system.settle();
    await http().post(`/api/v1/sectors/${id}/referents`).set(admin).send({ userId: 'u-marco', displayName: 'Marco Verdi' }).expect(201);
    const before = await sectorEventCount();

    const refusals: Array<[Promise<{ status: number; body: { code: string } }>, number, string]> = [
      [http().post(`/api/v1/sectors/${id}/referents`).set(admin).send({ userId: 'u-marco', displayName: 'Marco' }), 422, 'REFERENT_ALREADY_APPOINTED'],
      [http().delete(`/api/v1/sectors/${id}/referents/u-nobody`).set(admin), 422, 'REFERENT_NOT_APPOINTED'],
      [http().post(`/api/v1/sectors/${id}/rename`).set(admin).send({ name: 'Servizi Sociali', slug: 'servizi-sociali' }), 422, 'SECTOR_NAME_UNCHANGED'],
      [http().post(`/api/v1/sectors/${id}/rename`).set(admin).send({ name: 'Anagrafe bis', slug: 'anagrafe' }), 422, 'SECTOR_SLUG_TAKEN'],
      [http().post('/api/v1/sectors').set(admin).send({ name: 'Anagrafe di nuovo', slug: 'anagrafe' }), 422, 'SECTOR_SLUG_TAKEN'],
      [http().post(`/api/v1/sectors/${randomUUID()}/dissolve`).set(admin), 404, 'SECTOR_NOT_FOUND'],
    ];
    for (const [pending, status, code] of refusals) {
      const response = await pending;
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    }
    expect(await sectorEventCount()).toBe(before);

    await http().post(`/api/v1/sectors/${id}/dissolve`).set(admin).expect(200);
    const afterDissolving = await sectorEventCount();
    const onDissolved = await http().post(`/api/v1/sectors/${id}/referents`).set(admin).send({ userId: 'u-new', displayName: 'Nuovo' }).expect(422);
    expect(onDissolved.body.code).toBe('SECTOR_DISSOLVED');
    expect(await sectorEventCount()).toBe(afterDissolving);
  });

  it('refuses with 412 a change whose If-Match is not the current revision, appending nothing', async () => {
    const id = await establish('Urbanistica', 'urbanistica');
    await http().post(`/api/v1/sectors/${id}/referents`).set(admin).send({ userId: 'u-sara', displayName: 'Sara Neri' }).expect(201);

    const stale = await http()
      .post(`/api/v1/sectors/${id}/rename`)
      .set(admin)
      .set('If-Match', '"0"')
      .send({ name: 'Urbanistica ed Edilizia', slug: 'urbanistica-edilizia' })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'REVISION_MISMATCH', currentRevision: 1 });
    expect(await system.eventStore.readStream(sectorStream(id))).toHaveLength(2);

    const fresh = await http()
      .post(`/api/v1/sectors/${id}/rename`)
      .set(admin)
      .set('If-Match', '"1"')
      .send({ name: 'Urbanistica ed Edilizia', slug: 'urbanistica-edilizia' })
      .expect(200);
    expect(fresh.headers.etag).toBe('"2"');
  });

  it('answers a retry with the same Idempotency-Key with the first answer, appending once', async () => {
    const key = `establish-${randomUUID()}`;
    const send = (body: object) => http().post('/api/v1/sectors').set(admin).set('Idempotency-Key', key).send(body);

    const first = await send({ name: 'Istruzione', slug: 'istruzione' }).expect(201);
    const retry = await send({ slug: 'istruzione', name: 'Istruzione' }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(await system.eventStore.readStream(sectorStream(first.body.id))).toHaveLength(1);

    const reused = await send({ name: 'Istruzione e Scuole', slug: 'istruzione-scuole' }).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await system.settle();
    const slugs = (await http().get('/api/v1/sectors').set(admin)).body.map((s: { slug: string }) => s.slug);
    expect(slugs.filter((s: string) => s.startsWith('istruzione'))).toEqual(['istruzione']);
  });

  it('documents every sector endpoint in OpenAPI, with its headers, answer and errors', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    const establish = document.paths['/api/v1/sectors'].post;
    expect(establish.tags).toEqual(['sectors']);
    expect(establish.security).toEqual([{ bearer: [] }]);
    expect(establish.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Idempotency-Key', 'If-Match', 'X-Correlation-Id']),
    );
    expect(Object.keys(establish.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '412', '422']));
    expect(establish.responses['201'].headers.ETag).toBeDefined();
    expect(establish.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/EstablishSectorDto');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/sectors/{id}',
        '/api/v1/sectors/{id}/referents',
        '/api/v1/sectors/{id}/referents/{userId}',
        '/api/v1/sectors/{id}/rename',
        '/api/v1/sectors/{id}/dissolve',
      ]),
    );
    expect(document.components.schemas.SectorView.required).toEqual(
      expect.arrayContaining(['id', 'name', 'slug', 'dissolved', 'referents', 'revision']),
    );
  });
});
