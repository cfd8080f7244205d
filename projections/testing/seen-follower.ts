/**
 * A log follower without tables of its own, as the write side's are: it records the id of
 * every event it is given in `seen_events` (created by the spec), through the batch's
 * transaction. It can be told to fail its next batches, to show that a 'retry-batch'
 * follower skips nothing.
 */
import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FollowerContext, LogFollower, RecordedEvent } from '../../src/read-side';

export const SEEN_EVENTS_DDL = 'CREATE TABLE IF NOT EXISTS seen_events (event_id uuid PRIMARY KEY, seen_order bigserial)';

@Injectable()
export class SeenFollower implements LogFollower {
  readonly name = 'seen';
  readonly onFailure = 'retry-batch' as const;
  readonly quarantineName = 'seen';
  /** Batches still to fail before the next one applies. */
  failures = 0;

  async apply(events: readonly RecordedEvent[], { em }: FollowerContext): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('seen: simulated failure');
    }
    await em.query('INSERT INTO seen_events (event_id) SELECT unnest($1::uuid[])', [events.map((event) => event.id)]);
  }
}

export async function seenEventIds(db: Pick<EntityManager, 'query'>): Promise<string[]> {
  const rows: { event_id: string }[] = await db.query('SELECT event_id FROM seen_events ORDER BY seen_order');
  return rows.map((row) => row.event_id);
}

/** As a write-side module exports its follower for the composition root to register. */
@Module({ providers: [SeenFollower], exports: [SeenFollower] })
export class SeenFollowerModule {}
