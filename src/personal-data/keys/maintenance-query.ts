import { Client } from 'pg';
import type { SqlQuery } from './sql-query';

/** One short connection per statement as the table owner: VACUUM is rare (after an erasure, a rotation). */
export function maintenanceQueryFor(ownerUrl: string): SqlQuery {
  return async (sql, params) => {
    const client = new Client({ connectionString: ownerUrl });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
}
