/**
 * Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql), for bench/append:
 * loaded from this folder's own node_modules, installed on demand (package.json here).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EmmettWriter {
  /** A single-event append to a new stream (expected: no stream), like our store's bench operation. */
  appendToNewStream(stream: string, data: Record<string, unknown>, metadata: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export function ensureEmmettInstalled(): void {
  const folder = __dirname;
  if (existsSync(join(folder, 'node_modules', '@event-driven-io', 'emmett-postgresql'))) return;
  console.log('installing Emmett for the bench into bench/append/emmett (npm ci/install, once)…');
  execSync('npm install --no-audit --no-fund --loglevel=error', { cwd: folder, stdio: 'inherit' });
}

export async function createEmmettWriter(connectionString: string, maxConnections: number): Promise<EmmettWriter> {
  ensureEmmettInstalled();
  const modules = join(__dirname, 'node_modules');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const emmett = require(join(modules, '@event-driven-io', 'emmett-postgresql')) as {
    getPostgreSQLEventStore(connectionString: string, options?: object): {
      appendToStream(stream: string, events: object[], options?: object): Promise<unknown>;
      schema: { migrate(): Promise<unknown> };
      close(): Promise<void>;
    };
  };
  const { STREAM_DOES_NOT_EXIST } = require(join(modules, '@event-driven-io', 'emmett')) as { STREAM_DOES_NOT_EXIST: unknown };
  const pg = require(join(modules, 'pg')) as typeof import('pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  const store = emmett.getPostgreSQLEventStore(connectionString, { pool });
  await store.schema.migrate();
  return {
    async appendToNewStream(stream, data, metadata) {
      await store.appendToStream(stream, [{ type: 'BenchmarkEventRecorded', data, metadata }], {
        expectedStreamVersion: STREAM_DOES_NOT_EXIST,
      });
    },
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}
