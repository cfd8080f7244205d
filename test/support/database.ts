/**
 * Every integration spec gets a database of its own, so specs never see each other's events:
 * - DATABASE_URL set (CI, docker compose, or the container started by global-setup):
 *   a fresh database is created on that server and dropped afterwards;
 * - otherwise: an in-memory embedded PostgreSQL (PGlite) started for the spec.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/data-source';

export interface TestDatabase {
  url: string;
  /** 'server' for a real PostgreSQL server, 'embedded' for PGlite. */
  kind: 'server' | 'embedded';
  /** Connections the database accepts at once: size pools below it. */
  maxConnections: number;
  dispose(): Promise<void>;
}

export async function provisionTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const database = process.env.DATABASE_URL ? await freshDatabaseOnServer(process.env.DATABASE_URL) : await embedded();
  if (options.migrate ?? true) await runMigrations(database.url);
  return database;
}

async function freshDatabaseOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `urp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    maxConnections: 50,
    dispose: () =>
      withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function embedded(): Promise<TestDatabase> {
  // A whole system (read-model pool, event store pool and listener, leases, chainer) sees an
  // ordinary DATABASE_URL here; connections are cheap behind the multiplexer, queries queue.
  const server = await startEmbeddedPostgres({ maxConnections: 96 });
  return { url: server.url, kind: 'embedded', maxConnections: server.maxConnections, dispose: () => server.stop() };
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
