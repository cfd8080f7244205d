/**
 * Every integration spec gets a database of its own, so specs never see each other's events.
 * The server is the one global-setup.ts found or started (DATABASE_URL, else a container,
 * else one embedded real PostgreSQL for the whole run); here a fresh database is created on
 * it, migrated as the owner, and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/data-source';
import { ensureAppRole, grantAppRole, urlAs } from '../../src/database/database-roles';
import { TEST_APP_ROLE } from './test-roles';

export interface TestDatabase {
  /** The owner role's URL (the server's superuser): migrations, fixtures that reset tables. */
  url: string;
  /** The same database as the least-privilege application role (see src/database/database-roles.ts). */
  appUrl: string;
  /** Always a real PostgreSQL server now; 'embedded' is kept for callers that still ask. */
  kind: 'server' | 'embedded';
  /** Connections the database accepts at once: size pools below it. */
  maxConnections: number;
  dispose(): Promise<void>;
}

export async function provisionTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error('No test database server: DATABASE_URL is unset and test/support/global-setup.ts did not start one');
  }
  const database = await freshDatabaseOnServer(serverUrl);
  // Benchmarks provision without jest's global setup, so the role may not exist yet on this server.
  await ensureAppRole(serverUrl, TEST_APP_ROLE);
  if (options.migrate ?? true) {
    await runMigrations(database.url);
    await grantAppRole(database.url, TEST_APP_ROLE.name);
  }
  return database;
}

async function freshDatabaseOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `urp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    appUrl: urlAs(url.toString(), TEST_APP_ROLE),
    kind: 'server',
    maxConnections: 50,
    dispose: () =>
      withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
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
