/**
 * Pseudonymous citizen ids. The same person gets the same id on every case (so one erasure
 * covers all of them), yet the id reveals nothing: it is a keyed HMAC of the fiscal code, or
 * of the e-mail when there is none, shaped as a UUIDv8. Anonymous contacts get a random id.
 */
import { createHmac, randomUUID } from 'node:crypto';

export interface CitizenIdentity {
  fiscalCode?: string | null;
  email?: string | null;
}

export function deriveCitizenId(identity: CitizenIdentity, secret: string): string {
  const fiscalCode = normalizeFiscalCode(identity.fiscalCode);
  if (fiscalCode) return keyedUuid(secret, `fiscal-code:${fiscalCode}`);
  const email = normalizeEmail(identity.email);
  if (email) return keyedUuid(secret, `email:${email}`);
  return randomUUID();
}

/** "rss mra 80a01 h501u" and "RSSMRA80A01H501U" are one person. */
export function normalizeFiscalCode(value: string | null | undefined): string | null {
  const normalized = value?.replace(/\s+/g, '').toUpperCase();
  return normalized ? normalized : null;
}

export function normalizeEmail(value: string | null | undefined): string | null {
  const normalized = value?.trim().toLowerCase();
  return normalized ? normalized : null;
}

function keyedUuid(secret: string, subject: string): string {
  // The prefix keeps a fiscal code and an e-mail from ever mapping to one id.
  const bytes = createHmac('sha256', secret).update(`urp-citizen-id:v1:${subject}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8: custom, RFC 9562
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
