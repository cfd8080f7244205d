import type { DataKey, DataKeyStore, StoredDataKey } from './data-key-store';
import { kekById, KeyRing, KeyUnwrapError, unwrapDataKey, wrapDataKey } from './key-encryption-key';
import type { SqlQuery } from './sql-query';

const COLUMNS = 'key_id, citizen_id, key, wrapped_key, kek_id';
/** Live keys not wrapped under the current KEK ($1). */
const STALE = 'erased_at IS NULL AND (key IS NOT NULL OR kek_id IS DISTINCT FROM $1)';

export interface PostgresDataKeyStoreOptions {
  /** The key-encryption keys from the configuration. */
  keyRing: KeyRing;
  /**
   * Runs VACUUM: it needs the table's owner, which the least-privilege application role is
   * not (the owner's connection, see prepare-database.ts). Defaults to `query`.
   */
  maintenance?: SqlQuery;
}

/** Data keys stored only wrapped under the KEK (envelope encryption); rows stored raw by an older version are accepted until rotated. */
export function createPostgresDataKeyStore(query: SqlQuery, options: PostgresDataKeyStoreOptions): DataKeyStore {
  const { keyRing } = options;
  const maintenance = options.maintenance ?? query;
  const toStoredKey = (row: Record<string, unknown>): StoredDataKey => ({
    keyId: String(row.key_id),
    citizenId: String(row.citizen_id),
    key: keyOf(row, keyRing),
  });

  const liveKey = async (citizenId: string): Promise<DataKey | null> => {
    const [row] = await query(`SELECT ${COLUMNS} FROM personal_data_keys WHERE citizen_id = $1 AND erased_at IS NULL`, [citizenId]);
    return row ? (toStoredKey(row) as DataKey) : null;
  };

  const compact = async (): Promise<void> => {
    // FULL rewrites the table into a new file: the old row versions (the destroyed wrapped key) go with the old one.
    await maintenance('VACUUM FULL personal_data_keys', []);
  };

  return {
    liveKey,

    async ensureLiveKey(candidate) {
      const wrapped = wrapDataKey(candidate.key, keyRing.current, candidate.keyId, candidate.citizenId);
      // A concurrent erasure can remove the winner between the two statements: try again then.
      for (let attempt = 0; attempt < 3; attempt++) {
        const [inserted] = await query(
          `INSERT INTO personal_data_keys (key_id, citizen_id, wrapped_key, kek_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (citizen_id) WHERE erased_at IS NULL DO NOTHING
           RETURNING ${COLUMNS}`,
          [candidate.keyId, candidate.citizenId, wrapped, keyRing.current.id],
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
      const rows = await query('SELECT key_id FROM personal_data_keys WHERE citizen_id = $1 AND erased_at IS NULL', [citizenId]);
      return rows.map((row) => String(row.key_id));
    },

    async eraseKeys(citizenId, erasedAt, reason) {
      const [row] = await query(
        `WITH erased AS (
           UPDATE personal_data_keys SET key = NULL, wrapped_key = NULL, kek_id = NULL, erased_at = $2, erasure_reason = $3
           WHERE citizen_id = $1 AND erased_at IS NULL
           RETURNING key_id)
         SELECT count(*)::int AS count FROM erased`,
        [citizenId, erasedAt, reason],
      );
      return Number(row.count);
    },

    compact,

    async staleKeyCount() {
      const [row] = await query(`SELECT count(*)::int AS count FROM personal_data_keys WHERE ${STALE}`, [keyRing.current.id]);
      return Number(row.count);
    },

    async rotate() {
      const stale = await query(`SELECT ${COLUMNS} FROM personal_data_keys WHERE ${STALE}`, [keyRing.current.id]);
      let rewrapped = 0;
      for (const row of stale) {
        const key = toStoredKey(row);
        const wrapped = wrapDataKey(key.key!, keyRing.current, key.keyId, key.citizenId);
        // Only the version read: a key erased meanwhile stays erased.
        const updated = await query(
          `UPDATE personal_data_keys SET key = NULL, wrapped_key = $2, kek_id = $3
           WHERE key_id = $1 AND erased_at IS NULL RETURNING key_id`,
          [key.keyId, wrapped, keyRing.current.id],
        );
        rewrapped += updated.length;
      }
      await compact();
      const [live] = await query('SELECT count(*)::int AS count FROM personal_data_keys WHERE erased_at IS NULL', []);
      return { rewrapped, live: Number(live.count) };
    },
  };
}

function keyOf(row: Record<string, unknown>, keyRing: KeyRing): Buffer | null {
  const keyId = String(row.key_id);
  if (row.wrapped_key !== null && row.wrapped_key !== undefined) {
    const kekId = String(row.kek_id);
    const kek = kekById(keyRing, kekId);
    if (!kek) {
      throw new KeyUnwrapError(
        `Data key ${keyId} is wrapped under key-encryption key ${kekId}, which is not configured: give it in PERSONAL_DATA_KEK_PREVIOUS and run keys:rotate`,
      );
    }
    return unwrapDataKey(Buffer.from(row.wrapped_key as Buffer), kek, keyId, String(row.citizen_id));
  }
  // Stored raw by a version before envelope encryption: wrapped at the next start or rotation.
  return row.key === null || row.key === undefined ? null : Buffer.from(row.key as Buffer);
}
