/**
 * Malformed requests found by the black-box fuzzing of issue 10: each one is a clear 4xx with
 * the JSON error body, nothing appended to the log, and no stack trace logged.
 */
import { Logger } from '@nestjs/common';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { registerCase } from '../cases/support/case-steps';
import { CaseSystem, startCaseSystem } from '../cases/support/case-system';

describe('HTTP input hardening', () => {
  let system: CaseSystem;
  let tokens: Record<string, string>;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    system = await startCaseSystem();
    tokens = {};
    for (const username of ['operator', 'admin', 'manager']) {
      const answer = await system.http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
      tokens[username] = `Bearer ${answer.body.accessToken}`;
    }
  });
  afterAll(async () => system?.stop());
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => {
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  /** The answer is a JSON error body with this status, and the events table did not grow. */
  async function refused(send: () => Promise<{ status: number; body: unknown; headers: Record<string, string> }>, status: number) {
    const before = await system.eventCount();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ statusCode: status });
    expect(await system.eventCount()).toBe(before);
    return response.body as { code?: string; violations?: { field: string; rule: string }[]; message: string };
  }

  const raw = (path: string, contentType: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    system.http().post(path).set({ 'Content-Type': contentType, ...headers }).send(body);

  describe('bodies that used to answer 500', () => {
    it('a body over the limit is 413', async () => {
      const body = JSON.stringify({ username: 'x'.repeat(200_000), password: 'p' });
      const error = await refused(() => raw('/api/v1/auth/token', 'application/json', body), 413);
      expect(error.code).toBe('BODY_TOO_LARGE');
    });

    it('an unknown charset is 415', async () => {
      const error = await refused(() => raw('/api/v1/auth/token', 'application/json; charset=koi8-r', '{}'), 415);
      expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('an unknown content-encoding is 415', async () => {
      await refused(() => raw('/api/v1/auth/token', 'application/json', '{}', { 'Content-Encoding': 'x-squash' }), 415);
    });

    it('broken gzip is 400', async () => {
      const broken = gzipSync(Buffer.from('{"username":"a","password":"b"}')).subarray(0, 15);
      await refused(() => raw('/api/v1/auth/token', 'application/json', broken, { 'Content-Encoding': 'gzip' }), 400);
    });

    it('more than 1,000 form parameters is 413', async () => {
      const form = Array.from({ length: 1_001 }, (_, i) => `p${i}=1`).join('&');
      const error = await refused(() => raw('/form-target', 'application/x-www-form-urlencoded', form), 413);
      expect(error.code).toBe('TOO_MANY_PARAMETERS');
    });

    it.each(['/api/v1/auth/token', '/api/v1/public/cases'])('JSON nested thousands deep on %s is 400, before any transformation', async (path) => {
      const deep = '{"citizen":' + '['.repeat(5_000) + ']'.repeat(5_000) + '}';
      const error = await refused(() => raw(path, 'application/json', deep), 400);
      expect(error.violations).toEqual([expect.objectContaining({ field: 'body', rule: 'maxDepth' })]);
    });

    it('a NUL character in a text field is 400 naming the field', async () => {
      const error = await refused(
        () => system.http().post('/api/v1/public/cases').send({ kind: 'report', subject: 'lampione', description: 'spento\u0000', citizen: { fullName: 'Anna', email: 'anna@example.it' } }),
        400,
      );
      expect(error.violations).toEqual([expect.objectContaining({ field: 'description', rule: 'noNulCharacter' })]);
    });

    it('a lone surrogate in a nested text field is 400 naming the field', async () => {
      const error = await refused(
        () => system.http().post('/api/v1/public/cases').set('Content-Type', 'application/json').send(`{"kind":"report","subject":"s","description":"d","citizen":{"fullName":"Anna \\ud800","email":"anna@example.it"}}`),
        400,
      );
      expect(error.violations).toEqual([expect.objectContaining({ field: 'citizen.fullName', rule: 'wellFormedUnicode' })]);
    });

    it('GET /queue?sectorId=%00 is 400', async () => {
      const error = await refused(() => system.http().get('/api/v1/queue?sectorId=%00').set('Authorization', tokens.operator), 400);
      expect(error.violations?.[0].field).toBe('sectorId');
    });
  });

  describe('malformed input that used to be accepted', () => {
    it('refuses __proto__ and constructor keys', async () => {
      for (const key of ['__proto__', 'constructor']) {
        const error = await refused(
          () => raw('/api/v1/auth/token', 'application/json', `{"username":"operator","password":"demo","${key}":{"role":"admin"}}`),
          400,
        );
        expect(error.violations).toEqual([expect.objectContaining({ field: key, rule: 'forbiddenKey' })]);
      }
    });

    it('reads only application/json bodies on the API (text/plain deactivation, form-encoded registration: 415)', async () => {
      const userId = system.userId('manager');
      await refused(() => raw(`/api/v1/users/${userId}/deactivation`, 'text/plain', 'please', { Authorization: tokens.admin }), 415);
      await refused(
        () => raw('/api/v1/cases', 'application/x-www-form-urlencoded', 'kind=report&subject=a&description=b&channel=counter', { Authorization: tokens.operator }),
        415,
      );
    });

    it('erasing a citizen that never existed is 404 and records nothing', async () => {
      await refused(
        () => system.http().post(`/api/v1/citizens/${randomUUID()}/erasure`).set('Authorization', tokens.admin).send({ legalReason: 'Richiesta art. 17 GDPR' }),
        404,
      );
    });

    it('reads a year in a path in plain decimal only (0x7ea is not 2026)', async () => {
      const error = await refused(
        () => system.http().post('/api/v1/reports/quality/0x7ea/corrective-actions').set('Authorization', tokens.manager).send({}),
        400,
      );
      expect(error.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'year', rule: 'isDecimal' })]));
    });

    it('refuses a charter standard promising 0 days', async () => {
      const error = await refused(
        () =>
          system.http().post('/api/v1/charter/standards').set('Authorization', tokens.admin).send({
            code: 'URP-00',
            service: 'Gestione segnalazioni',
            indicator: 'Risposta definitiva entro 0 giorni',
            measure: 'final_reply_days',
            target: { kind: 'max_days', days: 0 },
            appliesTo: ['report'],
            effectiveFrom: '2025-01-01',
          }),
        422,
      );
      expect(error.code).toBe('INVALID_TARGET');
    });

    it('accepts an upper-case case id as the same case', async () => {
      const { id } = await registerCase(system);
      const response = await system.as('operator').post(`/cases/${id.toUpperCase()}/extensions`, { newDueDate: '2026-05-15', reason: 'Serve un sopralluogo.' });
      expect(response.status).toBe(200);
    });

    it('refuses an extension beyond the maximum window with 422 (9999-12-31 once stopped the deadline process)', async () => {
      const { id } = await registerCase(system);
      const error = await refused(() => system.as('operator').post(`/cases/${id}/extensions`, { newDueDate: '9999-12-31', reason: 'Per sempre.' }), 422);
      expect(error.code).toBe('EXTENSION_TOO_LONG');
    });
  });

  describe('security headers', () => {
    it('sends helmet headers and no X-Powered-By on every answer', async () => {
      const response = await system.http().get('/api/v1/health');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toBeDefined();
      expect(response.headers['x-frame-options']).toBeDefined();
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    });

    it('marks answers with personal data no-store', async () => {
      const { id } = await registerCase(system);
      const response = await system.http().get(`/api/v1/cases/${id}/timeline`).set('Authorization', tokens.operator);
      expect(response.headers['cache-control']).toBe('no-store');
      const queue = await system.http().get('/api/v1/queue').set('Authorization', tokens.operator).expect(200);
      expect(queue.headers['cache-control']).toBe('no-store');
    });

    it('still serves the Swagger UI under its CSP from this origin', async () => {
      const page = await system.http().get('/docs/').expect(200);
      const csp = page.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      for (const [, src] of page.text.matchAll(/<script[^>]*src="([^"]+)"/g)) {
        expect(src).not.toMatch(/^https?:/);
      }
      expect(page.text).not.toMatch(/<script>(?!\s*<\/script>)[^<]+<\/script>/);
    });
  });
});
