/** Decryption failed authentication: ciphertext, tag, nonce or the bound citizen/key changed. */
export class SealedDataTamperedError extends Error {
  override readonly name = 'SealedDataTamperedError';
  constructor(readonly keyId: string) {
    super(`Sealed personal data under key ${keyId} failed authentication: it was altered or moved to another citizen`);
  }
}

/** An envelope names a key this database never had: a corrupted or foreign envelope. */
export class UnknownDataKeyError extends Error {
  override readonly name = 'UnknownDataKeyError';
  constructor(readonly keyId: string) {
    super(`Unknown personal data key ${keyId}`);
  }
}

export class MalformedSealedEnvelopeError extends Error {
  override readonly name = 'MalformedSealedEnvelopeError';
}
