/**
 * hash_n = sha256(hash_{n-1} || canonical_n), as lowercase hex.
 *
 * "||" is the concatenation of the previous hash's 64 hex characters and the canonical
 * content, hashed as UTF-8, so anyone can recompute a link without this code:
 *   printf '%s%s' "$PREVIOUS_HASH" "$CANONICAL_JSON" | sha256sum
 */
import { createHash } from 'node:crypto';

/** The "previous hash" of the first link. */
export const GENESIS_HASH = '0'.repeat(64);

export function linkHash(previousHash: string, canonicalContent: string): string {
  return createHash('sha256').update(previousHash, 'utf8').update(canonicalContent, 'utf8').digest('hex');
}
