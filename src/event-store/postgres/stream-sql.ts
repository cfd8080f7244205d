/**
 * Reads of one stream. No stable-horizon rule here (unlike global-log-sql.ts): a stream's
 * revisions are dense and unique, and a stream is appended to one revision at a time, so
 * the committed rows of a stream are always a gap-free prefix in revision order.
 */
import type { ReadDirection } from '../event-store.port';
import { EVENT_COLUMNS } from './event-rows';
import type { SqlStatement } from './global-log-sql';
import { SqlParams } from './sql-params';

export interface StreamRange {
  stream: string;
  direction: ReadDirection;
  /** Inclusive; null means unbounded (from the first event forwards, from the last backwards). */
  fromRevision: number | null;
  /** null means no limit. */
  maxCount: number | null;
}

export function readStreamStatement(range: StreamRange): SqlStatement {
  const params = new SqlParams();
  const forwards = range.direction === 'forwards';
  const bound =
    range.fromRevision === null ? 'TRUE' : `stream_revision ${forwards ? '>=' : '<='} ${params.add(range.fromRevision)}`;
  const text = `
    SELECT ${EVENT_COLUMNS} FROM events
    WHERE stream_name = ${params.add(range.stream)} AND ${bound}
    ORDER BY stream_revision ${forwards ? 'ASC' : 'DESC'}
    LIMIT ${params.add(range.maxCount)}`;
  return { text, values: params.values };
}
