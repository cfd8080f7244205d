/**
 * The page cursor: opaque to clients (base64url), it holds the sort it was made for and the
 * sort key of the last case of the page. A cursor of another sort, or edited, is refused.
 */
import { KeyValue, QUEUE_ORDERS, QueueSort } from './queue-order';

interface CursorContent {
  s: QueueSort;
  k: KeyValue[];
}

export function encodeQueueCursor(sort: QueueSort, key: readonly KeyValue[]): string {
  const content: CursorContent = { s: sort, k: [...key] };
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

/** The key after which the next page starts, or null when the cursor is not one of `sort`'s. */
export function decodeQueueCursor(cursor: string, sort: QueueSort): KeyValue[] | null {
  const content = parse(cursor);
  const key = content?.s === sort ? content.k : undefined;
  const parts = QUEUE_ORDERS[sort].key;
  if (!Array.isArray(key) || key.length !== parts.length) return null;
  return parts.every((part, index) => part.accepts(key[index])) ? key : null;
}

function parse(cursor: string): Partial<CursorContent> | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Partial<CursorContent>) : null;
  } catch {
    return null;
  }
}
