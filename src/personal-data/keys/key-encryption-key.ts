/**
 * Envelope encryption of the citizens' data keys. A data key is stored only wrapped
 * (AES-256-GCM) under a key-encryption key (KEK) that lives in the configuration, never in
 * the database: a copy of the table, of the WAL or of a backup is useless without the KEK,
 * and once a KEK is destroyed every copy of a key wrapped under it is useless too.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

export interface KeyEncryptionKey {
  /** A fingerprint, stored next to each wrapped key: it names the KEK, it does not reveal it. */
  id: string;
  key: Buffer;
}

/** The KEK keys are wrapped under, and the earlier ones still accepted for unwrapping until `keys:rotate` re-wraps their keys. */
export interface KeyRing {
  current: KeyEncryptionKey;
  previous: readonly KeyEncryptionKey[];
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
export const WRAPPED_KEY_BYTES = IV_BYTES + TAG_BYTES + DATA_KEY_BYTES;

/** A configured secret (at least 16 characters) stretched into a 256-bit KEK. */
export function keyEncryptionKeyFrom(secret: string): KeyEncryptionKey {
  if (typeof secret !== 'string' || secret.length < 16) throw new Error('A key-encryption key secret must be at least 16 characters');
  const key = Buffer.from(hkdfSync('sha256', secret, 'urp-personal-data-kek', 'v1', 32));
  const id = createHash('sha256').update('urp-kek-id:v1:').update(key).digest('hex').slice(0, 16);
  return { id, key };
}

export function keyRingFrom(current: string, previous: readonly string[] = []): KeyRing {
  const ring = { current: keyEncryptionKeyFrom(current), previous: previous.map(keyEncryptionKeyFrom) };
  return { ...ring, previous: ring.previous.filter((kek) => kek.id !== ring.current.id) };
}

export function kekById(ring: KeyRing, kekId: string): KeyEncryptionKey | undefined {
  return [ring.current, ...ring.previous].find((kek) => kek.id === kekId);
}

/** iv ‖ tag ‖ ciphertext; the key and citizen ids are bound in, so a wrapped key moved to another row does not open. */
export function wrapDataKey(dataKey: Buffer, kek: KeyEncryptionKey, keyId: string, citizenId: string): Buffer {
  if (dataKey.length !== DATA_KEY_BYTES) throw new TypeError('A data key is 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(wrapAad(keyId, citizenId));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

export class KeyUnwrapError extends Error {
  override readonly name = 'KeyUnwrapError';
}

export function unwrapDataKey(wrapped: Buffer, kek: KeyEncryptionKey, keyId: string, citizenId: string): Buffer {
  if (wrapped.length !== WRAPPED_KEY_BYTES) throw new KeyUnwrapError(`Wrapped data key ${keyId} has ${wrapped.length} bytes`);
  const decipher = createDecipheriv('aes-256-gcm', kek.key, wrapped.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(wrapAad(keyId, citizenId));
  decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new KeyUnwrapError(`Data key ${keyId} does not unwrap under key-encryption key ${kek.id}: altered, or moved to another row`);
  }
}

function wrapAad(keyId: string, citizenId: string): Buffer {
  return Buffer.from(`urp-key-wrap:v1:${keyId}:${citizenId}`, 'utf8');
}
