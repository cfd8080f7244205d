/**
 * Writes a batch of links as one INSERT statement: one statement is one transaction, so the
 * batch lands whole or not at all, and no transaction is ever left open while the chainer
 * waits on the event store (an open write transaction holds back the PostgreSQL store's
 * stable horizon and would stall every subscriber, the chainer's own included).
 * No BEGIN/COMMIT either: the embedded PGlite server interleaves other connections'
 * protocol messages with an explicit transaction's.
 */
import type { ChainLink } from './chain-link';

/** Another writer extended the chain first (or the chain is not where this writer believed). */
export class ChainMovedError extends Error {
  constructor(cause: string) {
    super(`The hash chain moved under this chainer: ${cause}`);
    this.name = 'ChainMovedError';
  }
}

export interface LinkWriter {
  query(text: string, values: unknown[]): Promise<unknown>;
}

/** The chain's row in the one checkpoint table of the log's followers (the status view reads it). */
export const HASH_CHAIN_FOLLOWER = 'hash_chain';

/**
 * The links, and the chain's checkpoint row moved to the last of them, in the same statement:
 * the row can never disagree with the chain's tail.
 */
const INSERT_LINKS = `
  WITH links AS (
    INSERT INTO event_hash_chain (sequence, position_commit, position_prepare, event_id, hash, previous_hash)
    SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::uuid[], $5::text[], $6::text[])
    ORDER BY 1
    RETURNING sequence, position_commit, position_prepare)
  INSERT INTO projection_checkpoints (projection, slot, version, tables, checkpoint_commit, checkpoint_prepare, events_applied)
  SELECT '${HASH_CHAIN_FOLLOWER}', 'live', 1, '{}', position_commit, position_prepare, sequence
  FROM links ORDER BY sequence DESC LIMIT 1
  ON CONFLICT (projection, slot) DO UPDATE SET
    checkpoint_commit = excluded.checkpoint_commit, checkpoint_prepare = excluded.checkpoint_prepare,
    events_applied = excluded.events_applied, updated_at = now()`;

export async function appendLinks(db: LinkWriter, links: readonly ChainLink[]): Promise<void> {
  if (links.length === 0) return;
  try {
    await db.query(INSERT_LINKS, [
      links.map((link) => link.sequence),
      links.map((link) => link.position.commit),
      links.map((link) => link.position.prepare),
      links.map((link) => link.eventId),
      links.map((link) => link.hash),
      links.map((link) => link.previousHash),
    ]);
  } catch (error) {
    throw isLostRace(error) ? new ChainMovedError((error as Error).message) : error;
  }
}

/** Unique violation (sequence, position or event taken) or the continuity trigger's refusal. */
function isLostRace(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === '23505' || code === '23000';
}
