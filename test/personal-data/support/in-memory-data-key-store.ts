import type { DataKey, DataKeyStore, KeyRotation, StoredDataKey } from '../../../src/personal-data/keys/data-key-store';

/** The DataKeyStore contract kept in a Map, for unit specs of the vault; counts reads to observe caching. */
export class InMemoryDataKeyStore implements DataKeyStore {
  readonly rows = new Map<string, StoredDataKey & { erasedAt?: Date; reason?: string }>();
  reads = 0;

  async liveKey(citizenId: string): Promise<DataKey | null> {
    this.reads++;
    const row = [...this.rows.values()].find((r) => r.citizenId === citizenId && r.key);
    return row ? { keyId: row.keyId, citizenId: row.citizenId, key: row.key! } : null;
  }

  async ensureLiveKey(candidate: DataKey): Promise<DataKey> {
    const live = await this.liveKey(candidate.citizenId);
    if (live) return live;
    this.rows.set(candidate.keyId, { ...candidate });
    return candidate;
  }

  async keyById(keyId: string): Promise<StoredDataKey | null> {
    this.reads++;
    const row = this.rows.get(keyId);
    return row ? { keyId: row.keyId, citizenId: row.citizenId, key: row.key } : null;
  }

  async liveKeyIds(citizenId: string): Promise<string[]> {
    return [...this.rows.values()].filter((r) => r.citizenId === citizenId && r.key).map((r) => r.keyId);
  }

  async eraseKeys(citizenId: string, erasedAt: Date, reason: string): Promise<number> {
    let count = 0;
    for (const row of this.rows.values()) {
      if (row.citizenId === citizenId && row.key) {
        Object.assign(row, { key: null, erasedAt, reason });
        count++;
      }
    }
    return count;
  }

  compactions = 0;

  async compact(): Promise<void> {
    this.compactions++;
  }

  async rotate(): Promise<KeyRotation> {
    return { rewrapped: 0, live: [...this.rows.values()].filter((r) => r.key).length };
  }

  async staleKeyCount(): Promise<number> {
    return 0;
  }
}
