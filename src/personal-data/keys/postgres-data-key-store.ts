import type { DataKey, DataKeyStore, StoredDataKey } from './data-key-store';
import type { SqlQuery } from './sql-query';

const COLUMNS = 'key_id, citizen_id, key';

export function createPostgresDataKeyStore(query: SqlQuery): DataKeyStore {
  const liveKey = async (citizenId: string): Promise<DataKey | null> => {
    const [row] = await query(`SELECT ${COLUMNS} FROM personal_data_keys WHERE citizen_id = $1 AND key IS NOT NULL`, [citizenId]);
    return row ? (toStoredKey(row) as DataKey) : null;
  };

  return {
    liveKey,

    async ensureLiveKey(candidate) {
      // A concurrent erasure can remove the winner between the two statements: try again then.
      for (let attempt = 0; attempt < 3; attempt++) {
        const [inserted] = await query(
          `INSERT INTO personal_data_keys (key_id, citizen_id, key) VALUES ($1, $2, $3)
           ON CONFLICT (citizen_id) WHERE key IS NOT NULL DO NOTHING
           RETURNING ${COLUMNS}`,
          [candidate.keyId, candidate.citizenId, candidate.key],
        );
        if (inserted) return toStoredKey(inserted) as DataKey;
        const existing = await liveKey(candidate.citizenId);
        if (existing) return existing;
      }
      throw new Error(`Could not obtain a data key for citizen ${candidate.citizenId}`);
    },

    async keyById(keyId) {
      const [row] = await query(`SELECT ${COLUMNS} FROM personal_data_keys WHERE key_id = $1`, [keyId]);
      return row ? toStoredKey(row) : null;
    },

    async liveKeyIds(citizenId) {
      const rows = await query('SELECT key_id FROM personal_data_keys WHERE citizen_id = $1 AND key IS NOT NULL', [citizenId]);
      return rows.map((row) => String(row.key_id));
    },

    async eraseKeys(citizenId, erasedAt, reason) {
      const [row] = await query(
        `WITH erased AS (
           UPDATE personal_data_keys SET key = NULL, erased_at = $2, erasure_reason = $3
           WHERE citizen_id = $1 AND key IS NOT NULL
           RETURNING key_id)
         SELECT count(*)::int AS count FROM erased`,
        [citizenId, erasedAt, reason],
      );
      return Number(row.count);
    },
  };
}

function toStoredKey(row: Record<string, unknown>): StoredDataKey {
  return {
    keyId: String(row.key_id),
    citizenId: String(row.citizen_id),
    key: row.key === null ? null : Buffer.from(row.key as Buffer),
  };
}
