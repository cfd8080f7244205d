/**
 * Keyed blind indexes of a citizen's identifiers: an HMAC of the normalised value under a key
 * derived from PERSONAL_DATA_SECRET. Equal identifiers give equal indexes, so the directory
 * can find a person, yet no table holds an identifier in clear and without the secret an index
 * cannot be tested against guesses.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import type { CitizenDetails } from '../../contracts';
import { normalizeEmail, normalizeFiscalCode } from '../citizen-id/citizen-id';

export type IdentifierKind = 'fiscal_code' | 'email' | 'phone';

/** Strongest first: the identifier that decides who a contact is when they disagree. */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['fiscal_code', 'email', 'phone'];

export interface BlindIdentifier {
  kind: IdentifierKind;
  index: Buffer;
}

/** "+39 071 222-2222", "0039 0712222222" and "071 2222222" are one number; Italian when no country code is given. */
export function normalizePhone(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.trim().replace(/[\s\-./()]/g, '');
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : `39${compact}`;
  return /^\d{6,15}$/.test(international) ? `+${international}` : null;
}

/** "Rossi  Mario" and "mario rossi" are one name (for search only: names are not unique). */
export function normalizeName(value: string | null | undefined): string | null {
  const words = value
    ?.normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  return words && words.length > 0 ? [...words].sort().join(' ') : null;
}

const NORMALIZERS: Record<IdentifierKind, (value: string | null | undefined) => string | null> = {
  fiscal_code: normalizeFiscalCode,
  email: normalizeEmail,
  phone: normalizePhone,
};

export class BlindIndexer {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own: an index never equals a citizen id made from the same secret.
    this.key = Buffer.from(hkdfSync('sha256', secret, 'urp-citizen-directory', 'blind-index:v1', 32));
  }

  /** The index of one identifier, or null when the value is not one (empty, or no such phone number). */
  identifier(kind: IdentifierKind, value: string | null | undefined): BlindIdentifier | null {
    const normalized = NORMALIZERS[kind](value);
    return normalized ? { kind, index: this.hash(kind, normalized) } : null;
  }

  /** The indexes of the identifiers a contact gave, strongest first. */
  identifiersOf(details: Pick<CitizenDetails, 'fiscalCode' | 'email' | 'phone'>): BlindIdentifier[] {
    const values: Record<IdentifierKind, string | undefined> = { fiscal_code: details.fiscalCode, email: details.email, phone: details.phone };
    return IDENTIFIER_KINDS.map((kind) => this.identifier(kind, values[kind])).filter((id): id is BlindIdentifier => id !== null);
  }

  name(value: string | null | undefined): Buffer | null {
    const normalized = normalizeName(value);
    return normalized ? this.hash('name', normalized) : null;
  }

  private hash(kind: string, normalized: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}:${normalized}`).digest();
  }
}
