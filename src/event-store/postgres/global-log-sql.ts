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
 * WHY the horizon is not simply pg_snapshot_xmin: that xmin is server-wide, so a long write
 * transaction in ANOTHER database of the same server (which can never write our events
 * table) held every subscriber back until it ended. The horizon below is the snapshot's
 * xmin computed over the transactions that can still write here. Proof that it skips nothing,
 * with S the statement's snapshot (pg_current_snapshot(): the one this statement reads with):
 *   H = least(xmax(S), min { x in xip(S) : x is not proven to belong to another database }).
 *   Take a row with transaction_id x < H. Either x < xmax(S) and x is not in xip(S): x had
 *   finished when S was taken, so its rows are final and visible to this very statement. Or
 *   x is in xip(S) and proven to run in another database: a backend is connected to one
 *   database for its life, PostgreSQL has no cross-database writes (dblink is a separate
 *   backend, hence a separate transaction), so x can never insert into this events table.
 *   Rows of every other transaction have transaction_id >= H and are left for a later read.
 *   So once a reader has passed a position below H, no row can ever appear behind it.
 * "Proven" means pg_locks shows x's transactionid lock, held by a backend that either
 *   - holds, under the same virtualtransaction, a relation lock in another database
 *     (database <> 0: 0 is the shared catalogs). x was in progress when S was taken and when
 *     its lock was read, and a virtualtransaction (backend id / local transaction counter) is
 *     never reused, so that relation lock is x's own, whichever of the two reads came first; or
 *   - is listed by pg_stat_activity (datid is shown to every role) as connected to another
 *     database. Its pid is the one holding x's lock; for that pid to name another backend the
 *     owner of x would have to exit and the kernel hand out the same pid again within this one
 *     statement (Linux allocates pids in sequence up to pid_max before reusing one). If the
 *     owner exits in between, the pid has no row and x stays unproven.
 *   The second case covers CREATE/DROP DATABASE issued from another database, which lock only
 *   shared catalogs. Anything else (a prepared transaction, a backend with no database) is not
 *   proven and holds readers back: that errs on the safe side. Any transaction of THIS
 *   database is waited for, whatever it locked so far: one that wrote another table first may
 *   append later with its older transaction id (the late-commit
 * case in test/event-store/postgres-specific.spec.ts).
 *
 * The price, by design: while a transaction of this database that has written something
 * stays open, events committed after it started stay invisible to readers of the global log
 * (readAll, headPosition, subscriptions) until it ends. A long-running transaction delays
 * subscribers; it can never make them skip an event.
 */
import type { EventFilter, Position, ReadDirection } from '../event-store.port';
import { EVENT_AS_JSON } from './event-rows';
import { eventFilterCondition } from './event-filter-sql';
import { SqlParams } from './sql-params';

/**
 * The horizon H of the comment above, as an uncorrelated subquery (evaluated once per
 * statement). pg_locks and pg_stat_activity are each read once (MATERIALIZED): read per
 * candidate transaction they cost seconds on a busy server. min() over no rows is NULL,
 * which least() ignores: then H = xmax(S).
 */
export const STABLE_HORIZON_SQL = `(
  WITH snapshot AS MATERIALIZED (SELECT pg_current_snapshot() AS s),
  ours AS MATERIALIZED (SELECT oid FROM pg_database WHERE datname = current_database()),
  locks AS MATERIALIZED (SELECT locktype, transactionid, virtualtransaction, pid, database FROM pg_locks),
  foreign_xids AS MATERIALIZED (
    SELECT held_xid.transactionid FROM locks AS held_xid
    WHERE held_xid.locktype = 'transactionid' AND (
      held_xid.virtualtransaction IN (
        SELECT virtualtransaction FROM locks
        WHERE locktype = 'relation' AND database <> 0 AND database <> (SELECT oid FROM ours))
      OR held_xid.pid IN (SELECT pid FROM pg_stat_activity WHERE datid <> (SELECT oid FROM ours))))
  SELECT least(pg_snapshot_xmax(snapshot.s), (
    SELECT min(x) FROM pg_snapshot_xip(snapshot.s) AS x WHERE x::xid NOT IN (SELECT transactionid FROM foreign_xids)))
  FROM snapshot)`;

/** Enforces the rule above: only rows of transactions that can no longer add any below them. */
const BELOW_STABLE_HORIZON = `transaction_id < ${STABLE_HORIZON_SQL}`;

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** A read of events: one EVENT_AS_JSON column per row, rows as arrays (event-rows.ts). */
export interface EventJsonStatement extends SqlStatement {
  rowMode: 'array';
}

export interface GlobalLogRange {
  direction: ReadDirection;
  /** Inclusive; 'start' forwards and 'end' backwards mean unbounded. */
  from: Position | 'start' | 'end';
  maxCount: number;
  filter?: EventFilter;
}

/** A page of readAll. Callers handle the empty directions (forwards from 'end', backwards from 'start'). */
export function readAllStatement(range: GlobalLogRange): EventJsonStatement {
  const params = new SqlParams();
  const forwards = range.direction === 'forwards';
  const bound = typeof range.from === 'object' ? positionBound(forwards ? '>=' : '<=', range.from, params) : 'TRUE';
  const order = forwards ? 'ASC' : 'DESC';
  const text = `
    SELECT ${EVENT_AS_JSON} FROM events
    WHERE ${BELOW_STABLE_HORIZON} AND ${bound} AND ${eventFilterCondition(range.filter, params)}
    ORDER BY transaction_id ${order}, global_position ${order}
    LIMIT ${params.add(range.maxCount)}`;
  return { text, values: params.values, rowMode: 'array' };
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
export function pageBetweenStatement(
  after: Position,
  upTo: Position,
  limit: number,
  filters: readonly EventFilter[] = [],
): EventJsonStatement {
  const params = new SqlParams();
  // Several filters (subscriptions sharing one read, shared-log-reads.ts): an event any of them wants.
  const wanted = filters.length === 0 ? 'TRUE' : filters.map((filter) => eventFilterCondition(filter, params)).join(' OR ');
  const text = `
    SELECT ${EVENT_AS_JSON} FROM events
    WHERE ${positionBound('>', after, params)} AND ${positionBound('<=', upTo, params)}
      AND (${wanted})
    ORDER BY transaction_id, global_position
    LIMIT ${params.add(limit)}`;
  return { text, values: params.values, rowMode: 'array' };
}

/** A row comparison, which the (transaction_id, global_position) index serves directly. */
function positionBound(operator: '>' | '>=' | '<=', position: Position, params: SqlParams): string {
  const commit = params.add(position.commit);
  const prepare = params.add(position.prepare);
  return `(transaction_id, global_position) ${operator} (${commit}::xid8, ${prepare}::bigint)`;
}
