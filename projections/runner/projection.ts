/**
 * The contract every read model implements: a log follower (src/log-following/log-follower.ts)
 * that owns tables. A projection is a Nest provider; the runner feeds it batches of the
 * events it handles, in global order, each batch inside one database transaction that also
 * moves its checkpoint, and rebuilds its tables from the log when its version changes.
 */
import type { EntityManager } from 'typeorm';
import type { FollowerContext, LogFollower, RecordedEvent } from '../../src/read-side';

/** Where a handler writes: the batch's transaction, and the physical name of each of its tables. */
export interface ProjectionContext extends FollowerContext {
  /**
   * Physical name of one of the projection's declared tables: the live table, or its fresh
   * copy during a rebuild. Always go through it, so the same code writes both.
   */
  table(logical: string): string;
}

export interface Projection extends LogFollower {
  /** Bump it whenever the tables' shape or meaning changes: the runner rebuilds them from the log. */
  readonly version: number;
  /** Logical names of the tables it owns (at most 54 characters: the rebuild copy adds a suffix). */
  readonly tables: readonly string[];
  /**
   * Creates its tables (and indexes) under the given names. Name indexes after the physical
   * table (`${table('x')}_by_sector`) or leave them unnamed: a swap renames them with the table.
   */
  createTables(em: EntityManager, table: (logical: string) => string): Promise<void>;
  /**
   * Applies events in order. It may be called again with the same events after a rollback,
   * so it must write only through `ctx.em` and keep no state of its own.
   */
  apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void>;
}
