import { randomUUID } from 'node:crypto';
import { CharterModule } from '../../src/charter';
import { CHARTER_STANDARD_STREAM_PREFIX, charterStandardStream } from '../../src/contracts';
import { ManualClock } from '../../src/shared/clock';
import { startTestSystem, TestSystem, violationsOf } from '../sectors/support/test-system';

describe('the quality charter over HTTP', () => {
  // Rome date 2025-09-15: after the first versions below start, before the revisions.
  const clock = new ManualClock('2025-09-15T07:00:00.000Z');
  let system: TestSystem;
  let admin: { Authorization: string };

  beforeAll(async () => {
    system = await startTestSystem([CharterModule], clock);
    admin = await system.bearer('admin');
  });
  afterAll(() => system?.stop());

  const http = () => system.http();
  const charterEventCount = () => system.countEvents(CHARTER_STANDARD_STREAM_PREFIX);

  const finalReply = (code: string, days = 30, effectiveFrom = '2025-01-01') => ({
    code,
    service: 'Gestione segnalazioni, reclami e suggerimenti',
    indicator: `Risposta definitiva entro ${days} giorni dal ricevimento`,
    measure: 'final_reply_days',
    target: { kind: 'max_days', days },
    appliesTo: ['report', 'complaint', 'suggestion'],
    effectiveFrom,
  });

  async function adopt(body: object): Promise<string> {
    const response = await http().post('/api/v1/charter/standards').set(admin).send(body).expect(201);
    return response.body.id;
  }

  it('adopts, revises and retires a standard, each answer with its versions and ETag', async () => {
    const adopted = await http().post('/api/v1/charter/standards').set(admin).send(finalReply('URP-02')).expect(201);
    const id = adopted.body.id as string;
    const firstVersion = {
      indicator: 'Risposta definitiva entro 30 giorni dal ricevimento',
      target: { kind: 'max_days', days: 30 },
      effectiveFrom: '2025-01-01',
    };
    expect(adopted.headers.etag).toBe('"0"');
    expect(adopted.body).toEqual({
      id,
      code: 'URP-02',
      service: 'Gestione segnalazioni, reclami e suggerimenti',
      measure: 'final_reply_days',
      appliesTo: ['report', 'complaint', 'suggestion'],
      retiredFrom: null,
      versions: [{ ...firstVersion, until: null }],
      inForce: { ...firstVersion, until: null },
      revision: 0,
    });

    const revised = await http()
      .post(`/api/v1/charter/standards/${id}/revisions`)
      .set(admin)
      .send({ indicator: 'Risposta definitiva entro 25 giorni dal ricevimento', target: { kind: 'max_days', days: 25 }, effectiveFrom: '2026-07-01' })
      .expect(201);
    expect(revised.headers.etag).toBe('"1"');
    expect(revised.body.versions).toEqual([
      { ...firstVersion, until: '2026-06-30' },
      { indicator: 'Risposta definitiva entro 25 giorni dal ricevimento', target: { kind: 'max_days', days: 25 }, effectiveFrom: '2026-07-01', until: null },
    ]);
    // Today (2025-09-15) the first version still applies.
    expect(revised.body.inForce.target).toEqual({ kind: 'max_days', days: 30 });

    const retired = await http().post(`/api/v1/charter/standards/${id}/retirement`).set(admin).send({ effectiveFrom: '2027-01-01' }).expect(200);
    expect(retired.headers.etag).toBe('"2"');
    expect(retired.body.retiredFrom).toBe('2027-01-01');
    expect(retired.body.versions[1].until).toBe('2026-12-31');

    const one = await http().get(`/api/v1/charter/standards/${id}`).set(await system.bearer('auditor')).expect(200);
    expect(one.headers.etag).toBe('"2"');
    expect(one.body).toEqual(retired.body);
    const stored = await system.eventStore.readStream(charterStandardStream(id));
    expect(stored.map((e) => e.type)).toEqual(['CharterStandardAdopted', 'CharterStandardRevised', 'CharterStandardRetired']);
    expect(stored[0].data).toMatchObject({ target: { kind: 'max_days', days: 30 }, adoptedAt: '2025-09-15T07:00:00.000Z' });
  });

  it('answers ?on= with the standards in force that day, each with the version of that day', async () => {
    const reply = await adopt(finalReply('ON-01'));
    await http()
      .post(`/api/v1/charter/standards/${reply}/revisions`)
      .set(admin)
      .send({ indicator: 'Risposta definitiva entro 25 giorni', target: { kind: 'max_days', days: 25 }, effectiveFrom: '2026-07-01' })
      .expect(201);
    const survey = await adopt({
      code: 'ON-02',
      service: 'Indagini di customer satisfaction',
      indicator: 'Almeno l’80% di risposte positive',
      measure: 'survey_positive_share',
      target: { kind: 'min_share', percent: 80 },
      effectiveFrom: '2026-01-01',
    });
    const counter = await adopt({
      code: 'ON-03',
      service: 'URP risponde',
      indicator: 'Ricezione telefonica immediata',
      measure: 'final_reply_days',
      target: { kind: 'immediate' },
      appliesTo: ['information_request'],
      effectiveFrom: '2025-01-01',
    });
    await http().post(`/api/v1/charter/standards/${counter}/retirement`).set(admin).send({ effectiveFrom: '2025-06-01' }).expect(200);

    const manager = await system.bearer('manager');
    await system.settle();
    const onDay = async (day: string) => {
      const response = await http().get(`/api/v1/charter/standards?on=${day}`).set(manager).expect(200);
      const ours = (response.body as { id: string; code: string; inForce: { target: unknown } }[]).filter((s) => [reply, survey, counter].includes(s.id));
      return Object.fromEntries(ours.map((s) => [s.code, s.inForce.target]));
    };
    expect(await onDay('2024-12-31')).toEqual({});
    expect(await onDay('2025-03-01')).toEqual({ 'ON-01': { kind: 'max_days', days: 30 }, 'ON-03': { kind: 'immediate' } });
    expect(await onDay('2026-06-30')).toEqual({ 'ON-01': { kind: 'max_days', days: 30 }, 'ON-02': { kind: 'min_share', percent: 80 } });
    expect(await onDay('2026-07-01')).toEqual({ 'ON-01': { kind: 'max_days', days: 25 }, 'ON-02': { kind: 'min_share', percent: 80 } });

    // Without ?on= every standard is listed, retired ones too, by code.
    const all = await http().get('/api/v1/charter/standards').set(manager).expect(200);
    const codes = (all.body as { code: string }[]).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['ON-01', 'ON-02', 'ON-03']));
    expect(codes.indexOf('ON-01')).toBeLessThan(codes.indexOf('ON-02'));
    expect((all.body as { code: string; inForce: unknown }[]).find((s) => s.code === 'ON-03')!.inForce).toBeNull();

    const badDay = await http().get('/api/v1/charter/standards?on=2025-02-30').set(manager).expect(400);
    expect(violationsOf(badDay.body)).toEqual(['on:isIso8601']);
  });

  it('lets only admins change the charter (403, nothing appended), everyone signed in read it', async () => {
    const before = await charterEventCount();
    for (const username of ['operator', 'manager', 'auditor']) {
      await http().post('/api/v1/charter/standards').set(await system.bearer(username)).send(finalReply('NOPE-1')).expect(403);
    }
    expect(await charterEventCount()).toBe(before);
    await http().get('/api/v1/charter/standards').set(await system.bearer('operator')).expect(200);
    await http().get('/api/v1/charter/standards').expect(401);
  });

  it('answers 400 naming each field and rule broken', async () => {
    const response = await http()
      .post('/api/v1/charter/standards')
      .set(admin)
      .send({ code: '', service: 'URP', indicator: 'x', measure: 'speed', appliesTo: ['report', 'gossip'], effectiveFrom: '01/01/2025' })
      .expect(400);
    expect(violationsOf(response.body)).toEqual(
      expect.arrayContaining(['code:isNotEmpty', 'measure:isIn', 'target:isDefined', 'appliesTo:isIn', 'effectiveFrom:matches']),
    );

    const noDays = await http()
      .post('/api/v1/charter/standards')
      .set(admin)
      .send({ ...finalReply('BAD-1'), target: { kind: 'max_days' } })
      .expect(400);
    expect(violationsOf(noDays.body)).toContain('target.days:isInt');

    const share = await http()
      .post('/api/v1/charter/standards')
      .set(admin)
      .send({ ...finalReply('BAD-2'), target: { kind: 'min_share', percent: 120 } })
      .expect(400);
    expect(violationsOf(share.body)).toEqual(['target.percent:max']);
  });

  it('answers 422 with the domain code when a charter rule refuses, appending nothing', async () => {
    const id = await adopt(finalReply('RULE-1'));
    const retiredId = await adopt(finalReply('RULE-2'));
    await http().post(`/api/v1/charter/standards/${retiredId}/retirement`).set(admin).send({ effectiveFrom: '2025-07-01' }).expect(200);
    const before = await charterEventCount();

    const revision = (effectiveFrom: string, target: object = { kind: 'max_days', days: 20 }) => ({ indicator: 'Entro 20 giorni', target, effectiveFrom });
    const refusals: Array<[Promise<{ status: number; body: { code: string } }>, number, string]> = [
      [http().post('/api/v1/charter/standards').set(admin).send({ ...finalReply('RULE-3'), measure: 'survey_answer_rate' }), 422, 'STANDARD_TARGET_MISMATCH'],
      [http().post('/api/v1/charter/standards').set(admin).send({ ...finalReply('RULE-4'), target: { kind: 'min_share', percent: 50 } }), 422, 'STANDARD_TARGET_MISMATCH'],
      [http().post(`/api/v1/charter/standards/${id}/revisions`).set(admin).send(revision('2025-01-01')), 422, 'STANDARD_EFFECTIVE_DATE_NOT_LATER'],
      [http().post(`/api/v1/charter/standards/${retiredId}/revisions`).set(admin).send(revision('2026-01-01')), 422, 'STANDARD_RETIRED'],
      [http().post('/api/v1/charter/standards').set(admin).send(finalReply('RULE-1')), 422, 'STANDARD_CODE_TAKEN'],
      [http().post(`/api/v1/charter/standards/${randomUUID()}/retirement`).set(admin).send({ effectiveFrom: '2026-01-01' }), 404, 'STANDARD_NOT_FOUND'],
      [http().get(`/api/v1/charter/standards/${randomUUID()}`).set(admin), 404, 'STANDARD_NOT_FOUND'],
    ];
    for (const [pending, status, code] of refusals) {
      const response = await pending;
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    }
    expect(await charterEventCount()).toBe(before);
  });

  it('refuses with 412 a revision whose If-Match is stale, and answers a keyed retry with the first answer', async () => {
    const id = await adopt(finalReply('MATCH-1'));
    const revise = (ifMatch: string) =>
      http()
        .post(`/api/v1/charter/standards/${id}/revisions`)
        .set(admin)
        .set('If-Match', ifMatch)
        .send({ indicator: 'Entro 28 giorni', target: { kind: 'max_days', days: 28 }, effectiveFrom: '2026-03-01' });
    const stale = await revise('"3"').expect(412);
    expect(stale.body).toMatchObject({ code: 'REVISION_MISMATCH', currentRevision: 0 });
    expect(await system.eventStore.readStream(charterStandardStream(id))).toHaveLength(1);
    await revise('"0"').expect(201);

    const key = `adopt-${randomUUID()}`;
    const first = await http().post('/api/v1/charter/standards').set(admin).set('Idempotency-Key', key).send(finalReply('KEY-1')).expect(201);
    const retry = await http().post('/api/v1/charter/standards').set(admin).set('Idempotency-Key', key).send(finalReply('KEY-1')).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.etag).toBe('"0"');
    await system.settle();
    const keyed = (await http().get('/api/v1/charter/standards').set(admin)).body.filter((s: { code: string }) => s.code === 'KEY-1');
    expect(keyed).toHaveLength(1);
  });

  it('documents the charter endpoints in OpenAPI, ?on= included', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    const list = document.paths['/api/v1/charter/standards'].get;
    expect(list.parameters).toEqual([expect.objectContaining({ name: 'on', in: 'query', required: false })]);
    const revise = document.paths['/api/v1/charter/standards/{id}/revisions'].post;
    expect(revise.tags).toEqual(['charter']);
    expect(revise.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'Idempotency-Key', 'If-Match']));
    expect(Object.keys(revise.responses)).toEqual(expect.arrayContaining(['201', '400', '403', '404', '412', '422']));
    expect(document.paths['/api/v1/charter/standards/{id}/retirement'].post.responses['200']).toBeDefined();
    expect(document.components.schemas.TargetDto.properties.kind.enum).toEqual(['max_days', 'immediate', 'at_counter', 'min_share']);
  });
});
