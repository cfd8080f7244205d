/**
 * The long fuzz run: FUZZ_REQUESTS (default 5,000) malformed requests over every endpoint of
 * the OpenAPI document, against the real system on a fresh database. Prints the figures:
 * requests, answers by status, 5xx, problems, events appended, requests per second.
 * Usage: DATABASE_URL=postgres://... npm run bench:fuzz
 */
import fc from 'fast-check';
import request from 'supertest';
import { startCaseSystem } from '../../test/cases/support/case-system';
import { sendMalformed } from '../../test/fuzz/fuzz-target';
import { malformedRequest, operationsOf } from '../../test/fuzz/malformed-requests';

async function main(): Promise<void> {
  const total = Number(process.env.FUZZ_REQUESTS ?? 5_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const system = await startCaseSystem();
  try {
    const authorizations: (string | undefined)[] = [undefined];
    for (const username of ['operator', 'admin', 'manager', 'referent-tributi']) {
      const answer = await system.http().post('/api/v1/auth/token').send({ username, password: 'demo' });
      authorizations.push(`Bearer ${answer.body.accessToken}`);
    }
    const document = (await request(system.app.getHttpServer()).get('/docs-json')).body;
    const operations = operationsOf(document);
    const samples = fc.sample(fc.tuple(malformedRequest(operations), fc.constantFrom(...authorizations)), { numRuns: total, seed });
    const before = await system.eventCount();
    const byStatus = new Map<number, number>();
    const problems: string[] = [];
    const started = process.hrtime.bigint();
    for (const [malformed, authorization] of samples) {
      const outcome = await sendMalformed(system.app.getHttpServer(), malformed, authorization);
      byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
      if (outcome.problem) problems.push(`${malformed.method.toUpperCase()} ${malformed.url.slice(0, 120)}: ${outcome.problem.slice(0, 300)}`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const appended = (await system.eventCount()) - before;
    const serverErrors = [...byStatus].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
    console.log(`fuzz: seed ${seed}, ${operations.length} operations, ${samples.length} requests in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(0)} req/s)`);
    console.log(`answers by status: ${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    console.log(`5xx: ${serverErrors}; problems: ${problems.length}; events appended: ${appended}`);
    for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
    if (serverErrors > 0 || problems.length > 0 || appended !== 0) process.exitCode = 1;
  } finally {
    await system.stop();
  }
}

void main();
