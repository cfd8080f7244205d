import { Pool } from 'pg';

/**
 * A pool for a spec's own queries against its test database. pool.end() resolves before its
 * connections have closed, so the DROP DATABASE … WITH (FORCE) of the database's dispose can
 * still reach one: without a listener, that idle client's error would fail the whole suite.
 */
export function openTestPool(connectionString: string, max: number): Pool {
  const pool = new Pool({ connectionString, max });
  pool.on('error', () => undefined);
  return pool;
}
