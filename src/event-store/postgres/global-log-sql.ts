/**
 * Reads of the global log (all streams, in global order).
 *
 * WHY the order is (transaction_id, global_position) and readers stop below xmin:
 * global_position comes from a sequence, so a transaction can take position 10, commit
 * after another took 11 and committed, and a reader that had already passed 11 would skip
 * 10 for ever. Instead every reader only looks at rows whose transaction_id is below
 * pg_snapshot_xmin(pg_current_snapshot()): every transaction below xmin has finished, so no
 * row can ever appear below what a reader has seen. Transaction ids are handed out in
 * increasing order, so a transaction that starts writing later sorts later; inside one
 * transaction global_position keeps the append order. Appends to different streams
 * therefore never wait for one another, unlike with a global lock.
 *
 * The price, by design: while any transaction of the cluster that has written something
 * stays open, events committed after it started stay invisible to readers of the global log
 * (readAll, headPosition, subscriptions) until it ends. A long-running transaction delays
 * subscribers; it can never make them skip an event.
 */
import type { EventFilter, Position, ReadDirection } from '../event-store.port';
import { EVENT_COLUMNS } from './event-rows';
import { eventFilterCondition } from './event-filter-sql';
import { SqlParams } from './sql-params';

/** Enforces the rule above: only rows of transactions that have all finished. */
const BELOW_STABLE_HORIZON = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface GlobalLogRange {
  direction: ReadDirection;
  /** Inclusive; 'start' forwards and 'end' backwards mean unbounded. */
  from: Position | 'start' | 'end';
  maxCount: number;
  filter?: EventFilter;
}

/** A page of readAll. Callers handle the empty directions (forwards from 'end', backwards from 'start'). */
export function readAllStatement(range: GlobalLogRange): SqlStatement {
  const params = new SqlParams();
  const forwards = range.direction === 'forwards';
  const bound = typeof range.from === 'object' ? positionBound(forwards ? '>=' : '<=', range.from, params) : 'TRUE';
  const order = forwards ? 'ASC' : 'DESC';
  const text = `
    SELECT ${EVENT_COLUMNS} FROM events
    WHERE ${BELOW_STABLE_HORIZON} AND ${bound} AND ${eventFilterCondition(range.filter, params)}
    ORDER BY transaction_id ${order}, global_position ${order}
    LIMIT ${params.add(range.maxCount)}`;
  return { text, values: params.values };
}

/** The last position below the stable horizon: nothing can ever be added at or before it. */
export const HEAD_POSITION_SQL = `
  SELECT transaction_id, global_position FROM events
  WHERE ${BELOW_STABLE_HORIZON}
  ORDER BY transaction_id DESC, global_position DESC
  LIMIT 1`;

/**
 * Events strictly after `after` and at most `upTo`, in global order. `upTo` must be a head
 * position read earlier: everything up to it is final, so this needs no horizon of its own
 * and returns the same rows whenever it runs.
 */
export function pageBetweenStatement(after: Position, upTo: Position, limit: number, filter?: EventFilter): SqlStatement {
  const params = new SqlParams();
  const text = `
    SELECT ${EVENT_COLUMNS} FROM events
    WHERE ${positionBound('>', after, params)} AND ${positionBound('<=', upTo, params)}
      AND ${eventFilterCondition(filter, params)}
    ORDER BY transaction_id, global_position
    LIMIT ${params.add(limit)}`;
  return { text, values: params.values };
}

/** A row comparison, which the (transaction_id, global_position) index serves directly. */
function positionBound(operator: '>' | '>=' | '<=', position: Position, params: SqlParams): string {
  const commit = params.add(position.commit);
  const prepare = params.add(position.prepare);
  return `(transaction_id, global_position) ${operator} (${commit}::xid8, ${prepare}::bigint)`;
}
