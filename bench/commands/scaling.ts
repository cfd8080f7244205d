/**
 * bench/commands scaling: does a registration cost more when the year already has many
 * cases? Register p50/p99 (one client, sequential POST /api/v1/cases through the real
 * server, URP_MODE=api so no projector catches up on the seeded history meanwhile) with 0,
 * then 10,000, then 100,000 cases already in the year.
 *
 * History is seeded fast through the event store itself: the year's reference counter in
 * batches of 500 events per append, and one case stream per case (the receipt and the
 * acknowledgement, copied from a real registration, sealed personal data included), 32
 * appends in flight, with synchronous_commit off for the seeding connections only.
 *
 *   npm run bench:commands:scaling
 *   BENCH_SECONDS=5 BENCH_SCALING_LEVELS=0,10000,50000 npm run bench:commands:scaling
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { caseStream, referenceCounterStream } from '../../src/contracts';
import { formatReference } from '../../src/domain';
import type { EventStore, NewEvent, RecordedEvent } from '../../src/event-store/event-store.port';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { romeYear } from '../../src/shared/rome-time';
import { percentile, provisionBenchDatabase } from '../support/bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_SCALING_LEVELS ?? '0,10000,100000').split(',').map((v) => Number(v.trim()));
const HOST = '127.0.0.1';

const REGISTRATION = JSON.stringify({
  channel: 'email',
  kind: 'complaint',
  description: 'Davanti al civico 12 di via Roma c’è una buca pericolosa da settimane.',
  citizen: { fullName: 'Maria Rossi', email: 'maria.rossi@example.it' },
  location: 'Via Roma 12, Ancona',
});

function startServer(env: NodeJS.ProcessEnv) {
  const child = fork(join(__dirname, 'urp-server.ts'), [], { env, execArgv: ['-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<{ port: number; stop(): Promise<void> }>((resolve, reject) => {
    child.once('message', (message: { port: number }) =>
      resolve({
        port: message.port,
        stop: async () => {
          child.send('stop');
          await exited;
        },
      }),
    );
    child.once('exit', (code) => reject(new Error(`urp-server exited with ${code}`)));
  });
}

async function post(url: string, body: string, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (response.status >= 300) throw new Error(`POST ${url}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Appends `count` more cases of the year through the store: counter events in batches, one case stream each. */
async function seed(store: EventStore, year: number, template: RecordedEvent[], count: number): Promise<void> {
  const counter = referenceCounterStream(year);
  const [last] = await store.readStream(counter, { direction: 'backwards', maxCount: 1 });
  let revision = last ? last.revision : -1;
  let sequence = last ? (last.data as { sequence: number }).sequence : 0;
  const metadata = template[0].metadata;
  const cases: { caseId: string; reference: string }[] = [];
  for (let done = 0; done < count; ) {
    const batch: NewEvent[] = [];
    for (let i = 0; i < 500 && done < count; i++, done++) {
      const caseId = randomUUID();
      const reference = formatReference(year, ++sequence);
      cases.push({ caseId, reference });
      batch.push({
        id: randomUUID(),
        type: 'ReferenceNumberReserved',
        data: { year, sequence, reference, caseId, reservedAt: metadata.recordedAt },
        metadata,
      });
    }
    revision = (await store.appendToStream(counter, batch, { expectedRevision: revision })).nextExpectedRevision;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < cases.length) {
        const { caseId, reference } = cases[next++];
        const events = template.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: { ...(event.data as object), caseId, reference },
          metadata: event.metadata,
        }));
        await store.appendToStream(caseStream(caseId), events, { expectedRevision: 'no_stream' });
      }
    }),
  );
}

async function measure(url: string, token: string, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const t0 = performance.now();
    await post(url, REGISTRATION, token);
    latencies.push(performance.now() - t0);
  }
  return latencies.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const database = await provisionBenchDatabase();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 4 });
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  const dbName = new URL(database.url).pathname.slice(1);
  const server = await startServer({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: 'bench-commands-jwt-secret-0123456789',
    PERSONAL_DATA_SECRET: 'bench-commands-personal-data-secret-0123',
    PERSONAL_DATA_KEK: 'bench-commands-personal-data-secret-0123-kek',
    URP_DEADLINES_TICK_MS: '0',
    URP_MODE: 'api',
  });
  try {
    const api = `http://${HOST}:${server.port}/api/v1`;
    const token = (await post(`${api}/auth/token`, JSON.stringify({ username: 'operator', password: 'demo' }))).accessToken as string;
    const first = await post(`${api}/cases`, REGISTRATION, token);
    const template = await store.readStream(caseStream(first.id as string));
    const year = romeYear(new Date().toISOString());
    console.log(`bench/commands scaling: register (1 client, sequential) through the real server, URP_MODE=api, ${SECONDS}s per level`);
    console.log('cases already in the year | seeding s | registrations | p50 ms | p99 ms | p50 / p50 at the first level');
    let inYear = 1;
    let baseline: number | undefined;
    for (const level of LEVELS) {
      const t0 = performance.now();
      if (level > inYear) {
        // Seeding only: commits without waiting for the WAL flush (connections opened from now on).
        await admin.query(`ALTER DATABASE "${dbName}" SET synchronous_commit = off`);
        const seeder = createPostgresEventStore({ connectionString: database.url, maxConnections: 34 });
        await seed(seeder, year, template, level - inYear);
        await seeder.close();
        await admin.query(`ALTER DATABASE "${dbName}" RESET synchronous_commit`);
      }
      const seeded = (performance.now() - t0) / 1000;
      const [counterEnd] = await store.readStream(referenceCounterStream(year), { direction: 'backwards', maxCount: 1 });
      const before = counterEnd.revision + 1;
      await measure(`${api}/cases`, token, 1); // warm-up
      const latencies = await measure(`${api}/cases`, token, SECONDS);
      const p50 = percentile(latencies, 50);
      baseline ??= p50;
      console.log(
        `${String(before).padStart(25)} | ${seeded.toFixed(1).padStart(9)} | ${String(latencies.length).padStart(13)} | ` +
          `${p50.toFixed(2).padStart(6)} | ${percentile(latencies, 99).toFixed(2).padStart(6)} | ${(p50 / baseline).toFixed(2)}`,
      );
      const [end] = await store.readStream(referenceCounterStream(year), { direction: 'backwards', maxCount: 1 });
      inYear = end.revision + 1;
    }
  } finally {
    await server.stop();
    await store.close();
    await admin.end();
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
