/**
 * Finds the PostgreSQL server the integration specs use, in the order the README gives:
 * DATABASE_URL when set; otherwise a PostgreSQL container when a container runtime answers;
 * otherwise each spec starts an embedded PGlite (see database.ts). It says which, in one line.
 */
import { PostgreSqlContainer, StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { containerRuntimeAvailable } from './container-runtime';

declare global {
  // eslint-disable-next-line no-var
  var __URP_PG_CONTAINER__: StartedPostgreSqlContainer | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    console.log(`\n[test database] PostgreSQL server from DATABASE_URL (${redact(process.env.DATABASE_URL)})`);
    return;
  }
  if (await containerRuntimeAvailable()) {
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    globalThis.__URP_PG_CONTAINER__ = container;
    process.env.DATABASE_URL = container.getConnectionUri();
    console.log(`\n[test database] PostgreSQL container ${container.getId().slice(0, 12)}`);
    return;
  }
  console.log('\n[test database] no DATABASE_URL and no container runtime: each spec uses an embedded PostgreSQL (PGlite)');
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
