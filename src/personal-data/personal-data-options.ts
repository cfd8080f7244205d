import { keyEncryptionKeyFrom } from './keys/key-encryption-key';

/** Injected by the application from its configuration (PERSONAL_DATA_SECRET, PERSONAL_DATA_KEK...). */
export interface PersonalDataOptions {
  /** HMAC key for pseudonymous citizen ids and the citizen directory's blind indexes: without it neither links back to people. */
  citizenIdSecret: string;
  /** The key-encryption key every citizen's data key is wrapped under (PERSONAL_DATA_KEK). */
  keyEncryptionKey: string;
  /** Earlier KEKs, accepted for unwrapping until `keys:rotate` re-wraps their keys (PERSONAL_DATA_KEK_PREVIOUS). */
  previousKeyEncryptionKeys?: readonly string[];
  /** The table owner's database URL, for VACUUM FULL of the key table; absent: the application's own connection. */
  maintenanceUrl?: string;
}

export const PERSONAL_DATA_OPTIONS = Symbol('PERSONAL_DATA_OPTIONS');

export function assertValidPersonalDataOptions(options: PersonalDataOptions): PersonalDataOptions {
  if (typeof options.citizenIdSecret !== 'string' || options.citizenIdSecret.length < 16) {
    throw new Error('PersonalDataOptions.citizenIdSecret must be at least 16 characters');
  }
  for (const kek of [options.keyEncryptionKey, ...(options.previousKeyEncryptionKeys ?? [])]) keyEncryptionKeyFrom(kek);
  return options;
}

/** From the application's configuration; `maintenanceUrl` is the owner's URL when the application runs with a least-privilege role. */
export function personalDataOptionsFrom(
  config: { personalDataSecret: string; personalDataKek: string; personalDataPreviousKeks?: readonly string[] },
  maintenanceUrl?: string,
): PersonalDataOptions {
  return {
    citizenIdSecret: config.personalDataSecret,
    keyEncryptionKey: config.personalDataKek,
    previousKeyEncryptionKeys: config.personalDataPreviousKeks ?? [],
    maintenanceUrl,
  };
}
