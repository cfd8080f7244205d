/** readAll and headPosition: the global log as readers may see it (see global-log-sql.ts). */
import { DEFAULT_READ_ALL_MAX_COUNT, EventFilter, Position, ReadAllOptions, RecordedEvent } from '../event-store.port';
import { eventFromJson, EventJsonRow, PositionRow, toPosition } from './event-rows';
import { GlobalLogRange, HEAD_POSITION_SQL, pageBetweenStatement, readAllStatement } from './global-log-sql';
import { assertNonNegativeInteger, assertPosition } from './read-arguments';
import type { SqlRunner } from './sql-params';

/**
 * fromPosition is inclusive; 'start' is before the first event and 'end' after the last,
 * so forwards from 'end' and backwards from 'start' are empty.
 */
export async function readGlobalLog(db: SqlRunner, options: ReadAllOptions): Promise<RecordedEvent[]> {
  const range = toRange(options);
  if (isEmptyRange(range)) return [];
  const { rows } = await db.query<EventJsonRow>(readAllStatement(range));
  return rows.map(eventFromJson);
}

export async function readHeadPosition(db: SqlRunner): Promise<Position | null> {
  const { rows } = await db.query<PositionRow>(HEAD_POSITION_SQL);
  return rows.length === 0 ? null : toPosition(rows[0]);
}

/** A subscription's page: events after `after` (exclusive) up to a head read earlier (inclusive). */
export async function readPageBetween(
  db: SqlRunner,
  after: Position,
  upTo: Position,
  limit: number,
  filters: readonly EventFilter[] = [],
): Promise<RecordedEvent[]> {
  const { rows } = await db.query<EventJsonRow>(pageBetweenStatement(after, upTo, limit, filters));
  return rows.map(eventFromJson);
}

function toRange(options: ReadAllOptions): GlobalLogRange {
  const direction = options.direction ?? 'forwards';
  const from = options.fromPosition ?? (direction === 'forwards' ? 'start' : 'end');
  if (typeof from === 'object') assertPosition('fromPosition', from);
  const maxCount = options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT;
  assertNonNegativeInteger('maxCount', maxCount);
  return { direction, from, maxCount, filter: options.filter };
}

function isEmptyRange(range: GlobalLogRange): boolean {
  if (range.maxCount === 0) return true;
  return range.direction === 'forwards' ? range.from === 'end' : range.from === 'start';
}
