/**
 * The store's global log shows an event only once every older writing transaction of the
 * whole server has ended (global-log-sql.ts), and other specs share the server. A tick
 * folds what the log shows, so the specs wait for it to show everything committed so far:
 * a tick then sees exactly the day's events, as a tick a minute later would in production.
 */
import type { Pool } from 'pg';
import type { EventStore } from '../../../src/event-store/event-store.port';
import { comparePositions, type Position } from '../../../src/event-store/position';
import { until } from './until';

/** The position of the last event committed, read from the table (no horizon). */
export async function lastCommittedPosition(pool: Pool): Promise<Position | null> {
  const { rows } = await pool.query<{ commit: string; prepare: string }>(
    'SELECT transaction_id::text AS commit, global_position AS prepare FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1',
  );
  return rows.length === 0 ? null : { commit: Number(rows[0].commit), prepare: Number(rows[0].prepare) };
}

export async function logVisible(pool: Pool, store: EventStore): Promise<Position | null> {
  const last = await lastCommittedPosition(pool);
  if (last === null) return null;
  await until(async () => {
    const head = await store.headPosition();
    return head !== null && comparePositions(head, last) >= 0;
  }, 'the global log to show every committed event');
  return last;
}
