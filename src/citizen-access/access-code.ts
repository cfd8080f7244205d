/**
 * The citizen's personal access code to the user area of a case. It is derived from the case id
 * with a keyed HMAC, so it needs no storage and no event: whoever holds the reference and the
 * code can follow the case; without the secret nobody can compute it. Shown once in the register
 * answer and sent in the acknowledgement e-mail.
 *
 * Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading it
 * aloud on the phone: `K7M4-QX9T-2H`. That is about 49 bits: with rate limiting on the user
 * area, guessing is out of reach.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;

export function accessCodeFor(caseId: string, secret: string): string {
  const digest = createHmac('sha256', secret).update(`urp-access-code:${caseId.toLowerCase()}`).digest();
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[digest[i] % ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Compares in constant time; spaces, dashes and case are forgiven (a code read on the phone). */
export function accessCodeMatches(candidate: string, caseId: string, secret: string): boolean {
  const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
  const expected = Buffer.from(normalise(accessCodeFor(caseId, secret)));
  const given = Buffer.from(normalise(candidate));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
