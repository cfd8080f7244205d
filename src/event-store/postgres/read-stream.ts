import type { ReadStreamOptions, RecordedEvent } from '../event-store.port';
import { EventRow, toRecordedEvent } from './event-rows';
import { readStreamStatement } from './stream-sql';
import type { SqlRunner } from './sql-params';
import { assertNonNegativeInteger } from './read-arguments';

/**
 * fromRevision is inclusive; 'start' is revision 0 and 'end' is past the last event, so
 * forwards from 'end' is empty and backwards from 'end' starts at the last event.
 */
export async function readStreamEvents(db: SqlRunner, stream: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
  const direction = options.direction ?? 'forwards';
  const from = options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end');
  if (typeof from === 'number') assertNonNegativeInteger('fromRevision', from);
  if (options.maxCount !== undefined) assertNonNegativeInteger('maxCount', options.maxCount);
  if (direction === 'forwards' && from === 'end') return [];
  const fromRevision = from === 'start' ? 0 : from === 'end' ? null : from;
  const { text, values } = readStreamStatement({ stream, direction, fromRevision, maxCount: options.maxCount ?? null });
  const { rows } = await db.query<EventRow>(text, values);
  return rows.map(toRecordedEvent);
}
