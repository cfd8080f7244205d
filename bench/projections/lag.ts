/**
 * bench/projections/lag: how long after an append the operator queue shows it, with the
 * projection runner following the log live at BENCH_RATE commands/s (default 20, one append
 * of a case's next event each), in two phases of BENCH_SECONDS each (default 20):
 *   1. quiet server;
 *   2. a write transaction held open for 5 s, again and again, in ANOTHER database of the
 *      same server.
 * Next to each: the peer, the server-wide horizon (pg_snapshot_xmin) the store used before,
 * measured as when that horizon first passed the same append.
 *
 *   npx ts-node --transpile-only bench/projections/lag.ts
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { Position } from '../../src/event-store/position';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { createPostgresDataKeyStore, keyRingFrom, PersonalDataVault, sqlQueryFrom } from '../../src/personal-data';
import { ManualClock } from '../../src/shared/clock';
import { addCalendarDays } from '../../src/shared/rome-time';
import { OperatorQueueProjection } from '../../projections/operator-queue/operator-queue.projection';
import { ProjectionRunner } from '../../projections/runner/projection-runner';
import { CaseScript, sectorEstablished } from '../../test/read-side/support/case-script';
import { EventWriter } from '../../test/read-side/support/event-writer';
import { percentile, provisionBenchDatabase } from '../support/bench-database';
import { caseStory, seededRandom } from './case-stories';

const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const TODAY = '2026-03-20';

interface Sample {
  queueMs: number;
  serverWideMs: number;
}

async function main(): Promise<void> {
  const database = await provisionBenchDatabase();
  const other = await provisionBenchDatabase();
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 8 }));
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 8 });
  const clock = new ManualClock(`${TODAY}T09:00:00.000Z`);
  const runner = new ProjectionRunner({ dataSource, store, clock, projections: [new OperatorQueueProjection()] });
  const probe = new Client({ connectionString: database.url });
  await probe.connect();
  try {
    const [{ version }] = await dataSource.query('SELECT version()');
    console.log(`bench/projections/lag on ${version.split(' on ')[0]}, Node ${process.version}: ${RATE} appends/s, ${SECONDS} s per phase`);
    const writer = new EventWriter(store, new PersonalDataVault(createPostgresDataKeyStore(sqlQueryFrom(dataSource), { keyRing: keyRingFrom('bench-key-encryption-key-0123456789') })));
    const sectorId = randomUUID();
    await writer.sector(sectorId, [sectorEstablished(sectorId, 'Lavori Pubblici')]);
    runner.start();
    const commands = caseCommands(sectorId);
    console.log('phase | appends | queue p50 ms | queue p99 ms | max ms | peer: server-wide horizon p50 ms | p99 ms | max ms');
    report('quiet server', await runPhase(writer, runner, probe, commands));
    const stopHolding = holdTransactions(other.url);
    report('5 s write transactions open in another database', await runPhase(writer, runner, probe, commands));
    await stopHolding();
  } finally {
    await runner.stop();
    await probe.end();
    await store.close();
    await dataSource.destroy();
    await database.dispose();
    await other.dispose();
  }
}

/** One case's events after another: each is one command's append. */
function* caseCommands(sectorId: string): Generator<{ caseId: string; event: Parameters<EventWriter['case']>[1][number] }> {
  const random = seededRandom(20260320);
  for (;;) {
    const script = new CaseScript({ citizenId: randomUUID() });
    const story = caseStory(script, addCalendarDays(TODAY, -3), true, { random, sectors: [sectorId], previousCaseId: null });
    for (const event of story) yield { caseId: script.caseId, event };
  }
}

async function runPhase(
  writer: EventWriter,
  runner: ProjectionRunner,
  probe: Client,
  commands: ReturnType<typeof caseCommands>,
): Promise<Sample[]> {
  const samples: Promise<Sample>[] = [];
  const total = RATE * SECONDS;
  const started = performance.now();
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const { caseId, event } = commands.next().value!;
    samples.push(
      (async () => {
        const position = await writer.case(caseId, [event], undefined, { seal: false });
        const appended = performance.now();
        const [queueMs, serverWideMs] = await Promise.all([
          // A wait that times out counts as its 30 s: an overloaded server shows in the figures, not as a crash.
          runner.waitForPosition(position, 30_000, ['operator_queue']).then(
            () => performance.now() - appended,
            () => 30_000,
          ),
          serverWideHorizonPassed(probe, position).then(() => performance.now() - appended),
        ]);
        return { queueMs, serverWideMs };
      })(),
    );
  }
  return Promise.all(samples);
}

/** Polls (every 5 ms) until pg_snapshot_xmin, the server-wide horizon, is past the append. */
let probing: Promise<unknown> = Promise.resolve();
async function serverWideHorizonPassed(probe: Client, position: Position): Promise<void> {
  for (;;) {
    const check = probing.then(() =>
      probe.query<{ passed: boolean }>('SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 AS passed', [String(position.commit)]),
    );
    probing = check.catch(() => undefined);
    if ((await check).rows[0].passed) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Opens a write transaction in the other database, holds it 5 s, commits, again until stopped. */
function holdTransactions(url: string): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE IF NOT EXISTS elsewhere (value int)');
    while (!stopped) {
      await client.query('BEGIN');
      await client.query('INSERT INTO elsewhere VALUES (1)');
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await client.query('COMMIT');
    }
    await client.end();
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

function report(phase: string, samples: Sample[]): void {
  const queue = samples.map((s) => s.queueMs).sort((a, b) => a - b);
  const peer = samples.map((s) => s.serverWideMs).sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(0);
  console.log(
    `${phase} | ${samples.length} | ${f(percentile(queue, 50))} | ${f(percentile(queue, 99))} | ${f(queue.at(-1)!)} | ` +
      `${f(percentile(peer, 50))} | ${f(percentile(peer, 99))} | ${f(peer.at(-1)!)}`,
  );
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
