/**
 * bench/append: events per second for single-event appends to distinct streams with 1, 8
 * and 32 concurrent writers: our store, Emmett's PostgreSQL event store
 * (@event-driven-io/emmett-postgresql 0.42.0, installed on demand into bench/append/emmett,
 * its own package.json: its peers conflict with the app's commander@14), and raw
 * single-row INSERT transactions (the physical limit of one commit per write), on the same
 * server in the same run. BENCH_EMMETT=0 leaves Emmett out.
 *
 *   npm run bench:append                 # local PostgreSQL server (DATABASE_URL or 127.0.0.1:5432)
 *   BENCH_SECONDS=10 npm run bench:append
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { NewEvent } from '../../src/event-store/event-store.port';
import { formatRate, percentile, provisionBenchDatabase } from '../support/bench-database';
import { createEmmettWriter } from './emmett/emmett-writer';

const WRITER_COUNTS = [1, 8, 32];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Measurement {
  operations: number;
  seconds: number;
  latenciesMs: number[];
}

async function measure(writers: number, operation: (writer: number, n: number) => Promise<void>): Promise<Measurement> {
  const deadline = performance.now() + SECONDS * 1000;
  const latenciesMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const t0 = performance.now();
        await operation(writer, n);
        latenciesMs.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { operations: latenciesMs.length, seconds, latenciesMs: latenciesMs.sort((a, b) => a - b) };
}

function sampleEvent(): NewEvent {
  return {
    id: randomUUID(),
    type: 'BenchmarkEventRecorded',
    data: { subject: 'Buca in via Roma', channel: 'web', kind: 'report' },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'bench', role: 'system' },
      recordedAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

async function main(): Promise<void> {
  const database = await provisionBenchDatabase();
  const store = createPostgresEventStore({ connectionString: database.url, maxConnections: 40 });
  const raw = new Pool({ connectionString: database.url, max: 40 });
  // pool.end() resolves before its connections are gone, and dropping the database then ends
  // them from the server: without a listener that error would crash the bench after its figures.
  raw.on('error', () => undefined);
  try {
    const version = (await raw.query<{ version: string }>('SELECT version()')).rows[0].version.split(' on ')[0];
    await raw.query('CREATE TABLE bench_raw_insert (id bigserial PRIMARY KEY, stream_name text NOT NULL, data jsonb NOT NULL)');
    console.log(`bench/append on ${database.kind === 'embedded' ? 'embedded PostgreSQL' : version}, ${SECONDS}s per measurement`);
    const emmett = process.env.BENCH_EMMETT === '0' ? null : await createEmmettWriter(database.url, 40);
    console.log('writers | event store appends/s | p50 ms | p99 ms | Emmett appends/s | p50 ms | p99 ms | raw INSERT tx/s | p50 ms | p99 ms | ours/Emmett | ours/raw');
    const rows = [];
    for (const writers of WRITER_COUNTS) {
      const run = randomUUID().slice(0, 8);
      const appends = await measure(writers, (writer, n) =>
        store.appendToStream(`bench-${run}-${writer}-${n}`, [sampleEvent()], { expectedRevision: 'no_stream' }).then(() => undefined),
      );
      const emmettAppends = emmett
        ? await measure(writers, (writer, n) => {
            const event = sampleEvent();
            return emmett.appendToNewStream(`emmett-${run}-${writer}-${n}`, event.data as Record<string, unknown>, event.metadata);
          })
        : null;
      const inserts = await measure(writers, (writer, n) =>
        raw
          .query('INSERT INTO bench_raw_insert (stream_name, data) VALUES ($1, $2)', [`raw-${run}-${writer}-${n}`, sampleEvent().data])
          .then(() => undefined),
      );
      const appendRate = appends.operations / appends.seconds;
      const insertRate = inserts.operations / inserts.seconds;
      const row = {
        writers,
        appendRate,
        appendP50: percentile(appends.latenciesMs, 50),
        appendP99: percentile(appends.latenciesMs, 99),
        insertRate,
        insertP50: percentile(inserts.latenciesMs, 50),
        insertP99: percentile(inserts.latenciesMs, 99),
        ratio: appendRate / insertRate,
        emmettRate: emmettAppends ? emmettAppends.operations / emmettAppends.seconds : NaN,
        emmettP50: emmettAppends ? percentile(emmettAppends.latenciesMs, 50) : NaN,
        emmettP99: emmettAppends ? percentile(emmettAppends.latenciesMs, 99) : NaN,
      };
      rows.push(row);
      console.log(
        [
          String(writers).padStart(7),
          formatRate(row.appendRate).padStart(21),
          row.appendP50.toFixed(2).padStart(6),
          row.appendP99.toFixed(2).padStart(6),
          (emmett ? formatRate(row.emmettRate) : '-').padStart(16),
          row.emmettP50.toFixed(2).padStart(6),
          row.emmettP99.toFixed(2).padStart(6),
          formatRate(row.insertRate).padStart(15),
          row.insertP50.toFixed(2).padStart(6),
          row.insertP99.toFixed(2).padStart(6),
          (row.appendRate / row.emmettRate).toFixed(2).padStart(11),
          row.ratio.toFixed(2).padStart(8),
        ].join(' | '),
      );
    }
    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    console.log(`peak-ish RSS of the bench process: ${rssMb.toFixed(0)} MiB`);
    await emmett?.close();
  } finally {
    await store.close();
    await raw.end();
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
