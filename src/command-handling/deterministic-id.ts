import { createHash } from 'node:crypto';

/**
 * A uuid (version-5 layout, SHA-256 based) derived from its parts. Event ids derived from
 * an idempotency key are the same on every retry, so even a retry after a crash between
 * append and answer cannot append twice: the store sees the same ids and returns the
 * first result.
 */
export function deterministicUuid(...parts: string[]): string {
  const hash = createHash('sha256').update(parts.join('\u241f')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
