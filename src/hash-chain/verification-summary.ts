/** The verification and the head as one clear line each, for the CLI and the logs. */
import { positionToString } from '../event-store/position';
import type { ChainHead } from './chain-table';
import type { ChainMismatch, ChainVerification, PublishedHeadCheck } from './chain-verification';

export function summarizeVerification(verification: ChainVerification): string[] {
  const lines = [verification.firstMismatch ? mismatchLine(verification.firstMismatch) : intactLine(verification)];
  if (verification.publishedHead) lines.push(publishedHeadLine(verification.publishedHead));
  return lines;
}

export function summarizeHead(head: ChainHead): string {
  if (head.sequence === 0) return `hash chain head: empty chain (sequence 0, hash ${head.hash})`;
  const where = head.position ? positionToString(head.position) : '?';
  return `hash chain head: sequence ${head.sequence} hash ${head.hash} (event ${head.eventId} at ${where}, chained ${head.chainedAt?.toISOString()})`;
}

function intactLine(verification: ChainVerification): string {
  const tail = verification.unchainedTail > 0 ? `; ${verification.unchainedTail} newer events not chained yet` : '';
  return `hash chain INTACT: ${verification.chainedEvents} events verified up to link ${verification.head.sequence} (hash ${verification.head.hash})${tail}`;
}

function mismatchLine(mismatch: ChainMismatch): string {
  const hashes = `expected ${mismatch.expectedHash ?? '-'}, stored ${mismatch.storedHash ?? '-'}`;
  return `hash chain MISMATCH at link ${mismatch.sequence}: ${mismatch.reason}${eventLabel(mismatch)}: ${mismatch.detail} (${hashes})`;
}

function eventLabel(mismatch: ChainMismatch): string {
  if (!mismatch.eventId) return '';
  const stream = mismatch.streamName ? ` (${mismatch.streamName} revision ${mismatch.revision})` : '';
  const where = mismatch.position ? ` at position ${positionToString(mismatch.position)}` : '';
  return `, event ${mismatch.eventId}${stream}${where}`;
}

function publishedHeadLine(check: PublishedHeadCheck): string {
  if (check.matches) return `published head MATCHES: link ${check.sequence} still holds ${check.publishedHash}`;
  const stored = check.storedHash ? `holds ${check.storedHash}` : 'has no such link';
  return `published head MISMATCH: link ${check.sequence} was published as ${check.publishedHash}, the chain ${stored}`;
}
