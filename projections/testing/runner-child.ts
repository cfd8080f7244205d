/**
 * A projector in a process of its own, for the kill test (process-kill.spec.ts): it runs the
 * counting projection against DATABASE_URL until SIGTERM (a clean stop) or SIGKILL (a crash).
 *
 *   DATABASE_URL=... SLEEP_MS=300 BATCH_SIZE=250 node -r ts-node/register/transpile-only projections/testing/runner-child.ts
 *
 * SLEEP_MS makes every batch hold its transaction open that long (pg_sleep inside it), so a
 * kill lands in the middle of one. Its connections are named CHILD_APPLICATION_NAME.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { dataSourceOptions } from '../../src/database/data-source';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { ProjectionRunner } from '../runner/projection-runner';
import { CountingProjection } from './counting-projection';

export const CHILD_APPLICATION_NAME = 'urp-runner-child';

async function main(): Promise<void> {
  const url = required('DATABASE_URL');
  const dataSource = new DataSource({
    ...(dataSourceOptions({ url, poolSize: 3 }) as PostgresConnectionOptions),
    applicationName: CHILD_APPLICATION_NAME,
  });
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: url, maxConnections: 3, pollIntervalMs: 50 });
  const projection = new CountingProjection({ writer: `child-${process.pid}`, sleepMs: Number(process.env.SLEEP_MS ?? 0) });
  const log = (message: string) => process.stderr.write(`[runner-child ${process.pid}] ${message}\n`);
  const runner = new ProjectionRunner({
    dataSource,
    store,
    projections: [projection],
    logger: { log, warn: log, error: log },
    settings: { batchSize: Number(process.env.BATCH_SIZE ?? 500), leaseRetryMs: 50, errorRetryMs: 50 },
  });
  runner.start();
  process.once('SIGTERM', () => {
    void (async () => {
      await runner.stop();
      await store.close();
      await dataSource.destroy();
      process.exit(0);
    })();
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
