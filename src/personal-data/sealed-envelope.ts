/**
 * A value encrypted under a citizen's data key, as it is stored inside event data.
 * Binary parts are base64; `keyId` names the key in personal_data_keys.
 */
export interface SealedEnvelope {
  $sealed: {
    v: 1;
    keyId: string;
    /** 96-bit AES-GCM nonce. */
    iv: string;
    /** 128-bit AES-GCM authentication tag. */
    tag: string;
    /** Ciphertext of the value's JSON. */
    data: string;
  };
}

export function isSealedEnvelope(value: unknown): value is SealedEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const sealed = (value as { $sealed?: unknown }).$sealed;
  if (typeof sealed !== 'object' || sealed === null) return false;
  const { v, keyId, iv, tag, data } = sealed as Record<string, unknown>;
  return v === 1 && [keyId, iv, tag, data].every((part) => typeof part === 'string');
}
