/**
 * AES-256-GCM with a random 96-bit nonce per value. The citizen id and key id are bound as
 * additional authenticated data, so an envelope copied into another citizen's event fails to
 * open instead of silently revealing one person's data as another's.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { MalformedSealedEnvelopeError, SealedDataTamperedError } from '../errors';
import type { SealedEnvelope } from '../sealed-envelope';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encryptValue(value: unknown, key: Buffer, keyId: string, citizenId: string): SealedEnvelope {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Only JSON values can be sealed');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(citizenId, keyId));
  const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return {
    $sealed: { v: 1, keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
  };
}

export function decryptValue(envelope: SealedEnvelope, key: Buffer, citizenId: string): unknown {
  const { keyId } = envelope.$sealed;
  const iv = Buffer.from(envelope.$sealed.iv, 'base64');
  const tag = Buffer.from(envelope.$sealed.tag, 'base64');
  // A short tag would weaken authentication: accept only full-length ones.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new MalformedSealedEnvelopeError(`Sealed envelope under key ${keyId} has a bad nonce or tag length`);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(citizenId, keyId));
  decipher.setAuthTag(tag);
  let json: string;
  try {
    json = Buffer.concat([decipher.update(Buffer.from(envelope.$sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedDataTamperedError(keyId);
  }
  return JSON.parse(json);
}

function additionalData(citizenId: string, keyId: string): Buffer {
  return Buffer.from(`urp-personal-data:v1:${citizenId}:${keyId}`, 'utf8');
}

/** Binary data under a citizen's key (attachments): the same cipher and binding, without a JSON and base64 detour. */
export interface SealedBytes {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}

export function encryptBytes(plain: Buffer, key: Buffer, keyId: string, citizenId: string): SealedBytes {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(citizenId, keyId));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { keyId, iv, tag: cipher.getAuthTag(), data };
}

export function decryptBytes(sealed: SealedBytes, key: Buffer, citizenId: string): Buffer {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) {
    throw new MalformedSealedEnvelopeError(`Sealed bytes under key ${sealed.keyId} have a bad nonce or tag length`);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(citizenId, sealed.keyId));
  decipher.setAuthTag(sealed.tag);
  try {
    return Buffer.concat([decipher.update(sealed.data), decipher.final()]);
  } catch {
    throw new SealedDataTamperedError(sealed.keyId);
  }
}
