/** Injected by the application from its configuration (PERSONAL_DATA_SECRET). */
export interface PersonalDataOptions {
  /** HMAC key for pseudonymous citizen ids: without it ids cannot be linked back to people. */
  citizenIdSecret: string;
}

export const PERSONAL_DATA_OPTIONS = Symbol('PERSONAL_DATA_OPTIONS');

export function assertValidPersonalDataOptions(options: PersonalDataOptions): PersonalDataOptions {
  if (typeof options.citizenIdSecret !== 'string' || options.citizenIdSecret.length < 16) {
    throw new Error('PersonalDataOptions.citizenIdSecret must be at least 16 characters');
  }
  return options;
}
