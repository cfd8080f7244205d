import { Pool } from 'pg';
import type { KeyRotation } from './data-key-store';
import type { KeyRing } from './key-encryption-key';
import { maintenanceQueryFor } from './maintenance-query';
import { createPostgresDataKeyStore } from './postgres-data-key-store';
import type { SqlQuery } from './sql-query';

export interface RotateKeysOptions {
  /** The application's database (DATABASE_URL). */
  databaseUrl: string;
  /** The tables' owner (DATABASE_OWNER_URL), for VACUUM FULL; absent: DATABASE_URL owns them. */
  ownerUrl?: string;
  /** The new KEK as current, the old one(s) as previous. */
  keyRing: KeyRing;
}

/**
 * `keys:rotate`: re-wraps every live data key under the current KEK and rewrites the key
 * table. After it, the previous KEK opens nothing in the live table and must be destroyed:
 * then the copies of erased keys still in WAL segments and backups (wrapped under it) are
 * useless.
 */
export async function rotateDataKeys(options: RotateKeysOptions): Promise<KeyRotation> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  try {
    const query: SqlQuery = async (sql, params) => (await pool.query(sql, params)).rows as Record<string, unknown>[];
    const store = createPostgresDataKeyStore(query, {
      keyRing: options.keyRing,
      maintenance: options.ownerUrl ? maintenanceQueryFor(options.ownerUrl) : undefined,
    });
    return await store.rotate();
  } finally {
    await pool.end();
  }
}
