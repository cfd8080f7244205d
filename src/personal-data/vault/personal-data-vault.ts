import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { ERASED, Erased, isErased } from '../erased';
import { MalformedSealedEnvelopeError, UnknownDataKeyError } from '../errors';
import { DATA_KEY_STORE, DataKey, DataKeyStore } from '../keys/data-key-store';
import { isSealedEnvelope, SealedEnvelope } from '../sealed-envelope';
import { decryptBytes, decryptValue, encryptBytes, encryptValue, type SealedBytes } from './aes-gcm';

/** Lowercase, as PostgreSQL returns uuids: the citizen id is bound into the AAD as text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A data object whose listed fields may now hold envelopes (or ERASED): their types are no longer known. */
export type WithOpaqueFields<T> = { [K in keyof T]: unknown };

/** How long a live key is trusted from memory: an erasure made by another process is honoured within this time. */
export const KEY_CACHE_TTL_MS = 10_000;

export const VAULT_CACHE_OPTIONS = Symbol('VAULT_CACHE_OPTIONS');

export interface VaultCacheOptions {
  ttlMs?: number;
  /** Monotonic milliseconds; injected by specs. */
  now?: () => number;
}

interface Cached {
  key: DataKey;
  until: number;
}

/**
 * Seals citizens' personal data under their own key and opens it again while the key exists.
 * Live keys are cached per process for at most KEY_CACHE_TTL_MS (another process may erase
 * them); an erasure here drops them at once. Erased keys stay remembered as erased, because an
 * erasure is never undone.
 */
@Injectable()
export class PersonalDataVault {
  private readonly liveKeys = new Map<string, Cached>();
  private readonly keysById = new Map<string, Cached | Erased>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Optional() @Inject(VAULT_CACHE_OPTIONS) cache: VaultCacheOptions = {},
  ) {
    this.ttlMs = Math.min(cache.ttlMs ?? KEY_CACHE_TTL_MS, KEY_CACHE_TTL_MS);
    this.now = cache.now ?? (() => performance.now());
  }

  async seal(citizenId: string, value: unknown): Promise<SealedEnvelope> {
    const key = await this.liveKeyFor(citizenId.toLowerCase());
    return encryptValue(value, key.key, key.keyId, key.citizenId);
  }

  /**
   * The value, or ERASED when the citizen's key was erased. With `citizenId`, the envelope must
   * belong to that citizen (it is checked cryptographically, as additional authenticated data).
   */
  async unseal(envelope: SealedEnvelope, citizenId?: string): Promise<unknown> {
    if (!isSealedEnvelope(envelope)) throw new TypeError('Not a sealed envelope');
    if (!UUID.test(envelope.$sealed.keyId)) {
      throw new MalformedSealedEnvelopeError(`Sealed envelope key id "${envelope.$sealed.keyId}" is not a uuid`);
    }
    const key = await this.keyById(envelope.$sealed.keyId);
    if (isErased(key)) return ERASED;
    return decryptValue(envelope, key.key, citizenId?.toLowerCase() ?? key.citizenId);
  }

  /** Binary data (an attachment) under the citizen's live key. */
  async sealBytes(citizenId: string, plain: Buffer): Promise<SealedBytes> {
    const key = await this.liveKeyFor(citizenId.toLowerCase());
    return encryptBytes(plain, key.key, key.keyId, key.citizenId);
  }

  /** The bytes, or ERASED when their key was erased; the key must be the citizen's. */
  async unsealBytes(sealed: SealedBytes, citizenId: string): Promise<Buffer | Erased> {
    if (!UUID.test(sealed.keyId)) throw new MalformedSealedEnvelopeError(`Sealed bytes key id "${sealed.keyId}" is not a uuid`);
    const key = await this.keyById(sealed.keyId);
    if (isErased(key)) return ERASED;
    return decryptBytes(sealed, key.key, citizenId.toLowerCase());
  }

  /** A copy of `data` with the listed top-level fields sealed; absent, null and already sealed fields stay as they are. */
  async sealFields<T extends object>(data: T, fields: readonly string[], citizenId: string): Promise<WithOpaqueFields<T>> {
    const copy = { ...data } as Record<string, unknown>;
    for (const field of fields) {
      const value = copy[field];
      if (value === undefined || value === null || isSealedEnvelope(value)) continue;
      copy[field] = await this.seal(citizenId, value);
    }
    return copy as WithOpaqueFields<T>;
  }

  /**
   * A copy of `data` with the listed sealed fields opened (ERASED for an erased citizen). When
   * the data carries a `citizenId`, every envelope must belong to it.
   */
  async unsealFields<T extends object>(data: T, fields: readonly string[]): Promise<WithOpaqueFields<T>> {
    const copy = { ...data } as Record<string, unknown>;
    const citizenId = typeof copy.citizenId === 'string' ? copy.citizenId : undefined;
    for (const field of fields) {
      const value = copy[field];
      if (isSealedEnvelope(value)) copy[field] = await this.unseal(value, citizenId);
    }
    return copy as WithOpaqueFields<T>;
  }

  /** Called by the erasure after the keys are destroyed: nothing of them may stay in memory. */
  forgetCitizen(anyCaseCitizenId: string): void {
    const citizenId = anyCaseCitizenId.toLowerCase();
    this.liveKeys.delete(citizenId);
    for (const [keyId, cached] of this.keysById) {
      if (!isErased(cached) && cached.key.citizenId === citizenId) this.keysById.set(keyId, ERASED);
    }
  }

  private async liveKeyFor(citizenId: string): Promise<DataKey> {
    if (!UUID.test(citizenId)) throw new TypeError(`citizenId must be a uuid (got "${citizenId}")`);
    const cached = this.liveKeys.get(citizenId);
    if (cached && cached.until > this.now()) return cached.key;
    // A citizen erased earlier who comes back gets a new key: the old one is gone for good.
    const key =
      (await this.keys.liveKey(citizenId)) ??
      (await this.keys.ensureLiveKey({ keyId: randomUUID(), citizenId, key: randomBytes(32) }));
    this.remember(key);
    return key;
  }

  private async keyById(keyId: string): Promise<DataKey | Erased> {
    const cached = this.keysById.get(keyId);
    if (cached && (isErased(cached) || cached.until > this.now())) return isErased(cached) ? cached : cached.key;
    const stored = await this.keys.keyById(keyId);
    if (!stored) throw new UnknownDataKeyError(keyId);
    if (!stored.key) {
      this.keysById.set(keyId, ERASED);
      this.liveKeys.delete(stored.citizenId);
      return ERASED;
    }
    const key = { keyId: stored.keyId, citizenId: stored.citizenId, key: stored.key };
    this.keysById.set(keyId, { key, until: this.now() + this.ttlMs });
    return key;
  }

  private remember(key: DataKey): void {
    const cached = { key, until: this.now() + this.ttlMs };
    this.liveKeys.set(key.citizenId, cached);
    this.keysById.set(key.keyId, cached);
  }
}
