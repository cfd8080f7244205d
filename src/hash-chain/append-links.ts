/**
 * Writes a batch of links as one INSERT statement, inside the log runner's batch transaction
 * (hash-chain-follower.ts), which moves the chain's checkpoint row in the same commit.
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

/** The chain's registration name: its row in projection_checkpoints and on the status view. */
export const HASH_CHAIN_FOLLOWER = 'hash_chain';

const INSERT_LINKS = `
  INSERT INTO event_hash_chain (sequence, position_commit, position_prepare, event_id, hash, previous_hash)
  SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::uuid[], $5::text[], $6::text[])
  ORDER BY 1`;

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
