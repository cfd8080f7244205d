/** Where data keys live. One live key per citizen; an erased key keeps its row, with no key. */
export interface DataKey {
  keyId: string;
  citizenId: string;
  /** 32 bytes, AES-256. */
  key: Buffer;
}

export interface StoredDataKey {
  keyId: string;
  citizenId: string;
  /** null once erased. */
  key: Buffer | null;
}

export interface KeyRotation {
  /** Live keys now wrapped under the current KEK that were not before (older KEK, or stored raw). */
  rewrapped: number;
  /** Live keys altogether. */
  live: number;
}

export interface DataKeyStore {
  liveKey(citizenId: string): Promise<DataKey | null>;
  /** Stores the candidate unless the citizen already has a live key; returns the live key either way. */
  ensureLiveKey(candidate: DataKey): Promise<DataKey>;
  keyById(keyId: string): Promise<StoredDataKey | null>;
  liveKeyIds(citizenId: string): Promise<string[]>;
  /** Destroys the key material of every live key of the citizen; returns how many. */
  eraseKeys(citizenId: string, erasedAt: Date, reason: string): Promise<number>;
  /** Leaves no old version of a destroyed or re-wrapped key in the table's files (VACUUM FULL). */
  compact(): Promise<void>;
  /** Re-wraps every live key under the current KEK, then compacts. */
  rotate(): Promise<KeyRotation>;
  /** Live keys not wrapped under the current KEK (stored raw by an older version, or under an older KEK). */
  staleKeyCount(): Promise<number>;
}

export const DATA_KEY_STORE = Symbol('DATA_KEY_STORE');
