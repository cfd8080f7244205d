/** The OpenAPI document describes every command on cases: who may send it, its headers, its answers. */
import { startCaseSystem, type CaseSystem } from './support/case-system';

const CASE_COMMANDS = [
  'classification',
  'direct-elsewhere',
  'route',
  'hand-back',
  'take-charge',
  'reminders',
  'suspensions',
  'suspensions/resume',
  'interim-replies',
  'extensions',
  'final-reply/draft',
  'final-reply',
  'close',
  'reopen',
  'feedback',
  'merge',
  'unmerge',
];

interface Operation {
  tags: string[];
  security?: object[];
  parameters: { name: string; in: string; schema?: { pattern?: string } }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
}

describe('the OpenAPI document of the cases API', () => {
  let system: CaseSystem;
  let paths: Record<string, { post?: Operation; get?: Operation }>;

  beforeAll(async () => {
    system = await startCaseSystem();
    paths = (await system.http().get('/docs-json').expect(200)).body.paths;
  });
  afterAll(() => system?.stop());

  it.each(CASE_COMMANDS)('POST /api/v1/cases/{id}/%s', (command) => {
    const operation = paths[`/api/v1/cases/{id}/${command}`]?.post;
    expect(operation).toBeDefined();
    expect(operation!.tags).toEqual(['cases']);
    expect(operation!.security).toEqual([{ bearer: [] }]);
    expect(operation!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:Idempotency-Key', 'header:If-Match']),
    );
    expect(Object.keys(operation!.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '412', '422']);
    expect(operation!.responses['200'].headers).toHaveProperty('ETag');
  });

  it('registration by an operator and by the citizen online', () => {
    expect(Object.keys(paths['/api/v1/cases'].post!.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '422']));
    const online = paths['/api/v1/public/cases'].post!;
    expect(online.security).toBeUndefined();
    expect(online.parameters.map((p) => p.name)).toContain('Idempotency-Key');
  });

  it('publishes a reference pattern that takes lower-case typing, as the server does', async () => {
    for (const path of ['/api/v1/public/cases/{reference}', '/api/v1/public/cases/{reference}/attachments/{sha256}']) {
      const reference = paths[path]?.get?.parameters.find((p) => p.name === 'reference');
      expect(reference?.schema?.pattern).toBeDefined();
      const published = new RegExp(reference!.schema!.pattern!);
      expect(['URP-2026-000123', 'urp-2026-000123'].map((r) => published.test(r))).toEqual([true, true]);
      expect(published.test('URP-26-1')).toBe(false);
    }
    // The server takes the lower-case reference too: 404 for an unknown case (not 400).
    await system.http().get('/api/v1/public/cases/urp-2026-999999').set('X-Access-Code', 'ABCD-EFGH-JKLM').expect((answer) => {
      expect(answer.status).not.toBe(400);
    });
  });
});
