/** Reads of the event_hash_chain table (migration 1764000004000-event-hash-chain.ts). */
import type { Position } from '../event-store/event-store.port';
import type { ChainDb } from './chain-db';
import { toSafeNumber } from './chain-db';
import { ChainLink, ChainTail, EMPTY_CHAIN } from './chain-link';

const LINK_COLUMNS = 'sequence, position_commit, position_prepare, event_id, hash, previous_hash, chained_at';

interface LinkRow {
  sequence: string;
  position_commit: string;
  position_prepare: string;
  event_id: string;
  hash: string;
  previous_hash: string;
  chained_at: Date;
}

/** The last link: what an office publishes, so that a later rewrite of both tables shows. */
export interface ChainHead {
  /** 0 for an empty chain. */
  sequence: number;
  /** The genesis hash (64 zeros) for an empty chain. */
  hash: string;
  position: Position | null;
  eventId: string | null;
  chainedAt: Date | null;
}

export async function readChainHead(db: ChainDb): Promise<ChainHead> {
  const rows = await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM event_hash_chain ORDER BY sequence DESC LIMIT 1`);
  if (rows.length === 0) return { ...EMPTY_CHAIN, eventId: null, chainedAt: null };
  const link = toChainLink(rows[0]);
  return { sequence: link.sequence, hash: link.hash, position: link.position, eventId: link.eventId, chainedAt: rows[0].chained_at };
}

export async function readChainTail(db: ChainDb): Promise<ChainTail> {
  const head = await readChainHead(db);
  return { sequence: head.sequence, hash: head.hash, position: head.position };
}

/** Links after `afterSequence` up to `upToSequence`, in sequence order: keyset pages, flat memory. */
export async function readLinkPage(db: ChainDb, afterSequence: number, upToSequence: number, limit: number): Promise<ChainLink[]> {
  const rows = await db.query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM event_hash_chain WHERE sequence > $1 AND sequence <= $2 ORDER BY sequence LIMIT $3`,
    [afterSequence, upToSequence, limit],
  );
  return rows.map(toChainLink);
}

/** The stored hash of one link, null when there is no such link. */
export async function readLinkHash(db: ChainDb, sequence: number): Promise<string | null> {
  const rows = await db.query<{ hash: string }>('SELECT hash FROM event_hash_chain WHERE sequence = $1', [sequence]);
  return rows[0]?.hash ?? null;
}

function toChainLink(row: LinkRow): ChainLink {
  return {
    sequence: toSafeNumber(row.sequence),
    position: { commit: toSafeNumber(row.position_commit), prepare: toSafeNumber(row.position_prepare) },
    eventId: row.event_id,
    hash: row.hash,
    previousHash: row.previous_hash,
  };
}
