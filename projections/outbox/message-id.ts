/**
 * A message's id, derived from the event that means it: the same event always gives the same
 * message (one row, one stream, one Message-ID), however often the log is replayed.
 */
import { createHash } from 'node:crypto';

export function messageIdFor(sourceEventId: string): string {
  const hash = createHash('sha256').update(`urp-message\u241f${sourceEventId.toLowerCase()}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
