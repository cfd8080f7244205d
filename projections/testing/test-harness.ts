/** Connections and waiting helpers shared by the runner's integration specs. */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import type { EventStore, LogFollower } from '../../src/read-side';
import { createPostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import type { Projection } from '../runner/projection';
import { ProjectionRunner } from '../runner/projection-runner';
import type { RunnerLogger } from '../runner/runner-logger';
import type { RunnerSettings } from '../runner/runner-settings';

export interface Connections {
  dataSource: DataSource;
  store: EventStore;
  close(): Promise<void>;
}

export async function connect(url: string, poolSize = 4): Promise<Connections> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize }));
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: url, maxConnections: poolSize, pollIntervalMs: 50 });
  return {
    dataSource,
    store,
    async close() {
      await store.close();
      await dataSource.destroy();
    },
  };
}

/** Keeps the expected noise (failures, lease changes) out of the test output, but available. */
export function recordingLogger(): RunnerLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: (message) => lines.push(`log: ${message}`),
    warn: (message) => lines.push(`warn: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
}

export const FAST_SETTINGS: Partial<RunnerSettings> = {
  batchSize: 100,
  rebuildBatchSize: 100,
  leaseRetryMs: 50,
  leaseCheckMs: 200,
  errorRetryMs: 50,
  waitPollMs: 25,
};

export function testRunner(
  connections: Connections,
  projections: Projection[],
  settings: Partial<RunnerSettings> = {},
  followers: LogFollower[] = [],
): ProjectionRunner & { logged: string[] } {
  const logger = recordingLogger();
  const runner = new ProjectionRunner({
    dataSource: connections.dataSource,
    store: connections.store,
    projections,
    followers,
    logger,
    settings: { ...FAST_SETTINGS, ...settings },
  });
  return Object.assign(runner, { logged: logger.lines });
}

/**
 * Polls until `check` returns a value other than undefined/false. The deadline only bounds a
 * test that would otherwise hang; nothing asserts on how fast it got there.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  what: string | (() => string),
  deadlineMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function tableRows(dataSource: DataSource, table: string, columns = '*'): Promise<unknown[]> {
  return dataSource.query(`SELECT ${columns} FROM ${table} ORDER BY 1`);
}
