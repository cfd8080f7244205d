/**
 * The embedded database must behave like a server for a pool of connections: concurrent
 * extended-protocol queries and transactions from several clients, none seeing another's
 * half-finished work. (PGlite is one session; see pglite-wire-server.ts.)
 */
import { Client, Pool } from 'pg';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres';

describe('the embedded PostgreSQL (PGlite behind our wire-protocol multiplexer)', () => {
  let server: EmbeddedPostgres;
  let pool: Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ maxConnections: 12 });
    pool = new Pool({ connectionString: server.url, max: 8 });
    await pool.query('CREATE TABLE ledger (id serial PRIMARY KEY, account int NOT NULL, amount int NOT NULL, note text)');
  });
  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it('runs many concurrent parameterized queries from a pool without mixing their messages', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        pool.query<{ a: number; b: string; c: number[] }>('SELECT $1::int AS a, $2::text AS b, $3::int[] AS c', [i, `n${i}`, [i, i + 1]]),
      ),
    );
    results.forEach((result, i) => expect(result.rows[0]).toEqual({ a: i, b: `n${i}`, c: [i, i + 1] }));
  });

  it('isolates transactions: another connection never runs inside an open one', async () => {
    const transfer = async (n: number) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO ledger (account, amount, note) VALUES ($1, $2, $3)', [1, -n, `t${n}`]);
        await new Promise((resolve) => setTimeout(resolve, 2));
        await client.query('INSERT INTO ledger (account, amount, note) VALUES ($1, $2, $3)', [2, n, `t${n}`]);
        if (n % 5 === 0) await client.query('ROLLBACK');
        else await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    const readers = Array.from({ length: 40 }, () => pool.query<{ total: string }>('SELECT coalesce(sum(amount), 0) AS total FROM ledger'));
    await Promise.all([...Array.from({ length: 40 }, (_, i) => transfer(i + 1)), ...readers]);
    for (const reader of await Promise.all(readers)) expect(Number(reader.rows[0].total)).toBe(0);
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM ledger');
    expect(Number(rows[0].n)).toBe(2 * 32);
  });

  it('rolls back the open transaction of a client that disconnects', async () => {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query("INSERT INTO ledger (account, amount, note) VALUES (9, 999, 'abandoned')");
    client.on('error', () => undefined);
    // A disconnect without COMMIT: the stream is destroyed, as when a process dies.
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM ledger WHERE note = 'abandoned'");
    expect(rows[0].n).toBe(0);
  });

  it('refuses connections beyond its limit with a PostgreSQL error', async () => {
    const clients = Array.from({ length: 12 }, () => new Client({ connectionString: server.url }));
    const outcomes = await Promise.allSettled(clients.map((c) => c.connect()));
    expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  });
});
