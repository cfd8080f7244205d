/**
 * Property: for every endpoint of the OpenAPI document, a malformed request is never a 5xx,
 * an error is a JSON body naming the field at fault, and the events table does not change.
 * Bounded here (FUZZ_RUNS, default 300); `npm run bench:fuzz` runs thousands.
 */
import fc from 'fast-check';
import request from 'supertest';
import { CaseSystem, startCaseSystem } from '../cases/support/case-system';
import { sendMalformed } from './fuzz-target';
import { malformedRequest, operationsOf } from './malformed-requests';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzzing every endpoint of the OpenAPI document', () => {
  let system: CaseSystem;
  const authorizations: (string | undefined)[] = [undefined];

  beforeAll(async () => {
    system = await startCaseSystem();
    for (const username of ['operator', 'admin', 'manager', 'referent-tributi']) {
      const answer = await system.http().post('/api/v1/auth/token').send({ username, password: 'demo' }).expect(200);
      authorizations.push(`Bearer ${answer.body.accessToken}`);
    }
  });
  afterAll(async () => system?.stop());

  it(`${RUNS} malformed requests: no 5xx, JSON errors naming the field, no event appended`, async () => {
    const document = (await request(system.app.getHttpServer()).get('/docs-json').expect(200)).body;
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(30);
    const before = await system.eventCount();
    await fc.assert(
      fc.asyncProperty(malformedRequest(operations), fc.constantFrom(...authorizations), async (malformed, authorization) => {
        const outcome = await sendMalformed(system.app.getHttpServer(), malformed, authorization);
        if (outcome.problem) throw new Error(`${malformed.method.toUpperCase()} ${malformed.url}: ${outcome.problem}`);
      }),
      { numRuns: RUNS },
    );
    expect(await system.eventCount()).toBe(before);
  }, 120_000);
});
