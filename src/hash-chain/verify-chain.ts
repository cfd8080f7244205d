/**
 * Walks the whole store (readAll pages) alongside the chain table (sequence pages), in flat
 * memory, recomputes every link and names the first that does not match (check-link.ts).
 * Built on the event store port, so it verifies either adapter's log.
 *
 * The walk covers the links that existed when it began: a link is written only after its
 * event became readable, so every one of them has its event in the store's reads, and a
 * chainer running meanwhile cannot make a sound chain look broken.
 */
import type { EventStore } from '../event-store/event-store.port';
import type { ChainDb } from './chain-db';
import { ChainLink, ChainTail, EMPTY_CHAIN, tailOf } from './chain-link';
import { readChainHead, readLinkHash, readLinkPage } from './chain-table';
import type { ChainMismatch, ChainVerification, PublishedHeadCheck } from './chain-verification';
import { checkLink } from './check-link';
import { StoreCursor } from './store-cursor';

export interface VerifyChainOptions {
  /** Events and links read at a time. Default 500. */
  pageSize?: number;
  /** A head published earlier (e.g. in the yearly report): the chain must still hold that hash at that link. */
  publishedHead?: { sequence: number; hash: string };
}

const DEFAULT_PAGE_SIZE = 500;

export async function verifyChain(store: EventStore, db: ChainDb, options: VerifyChainOptions = {}): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const head = await readChainHead(db);
  const events = new StoreCursor(store, pageSize);
  const walk = await walkLinks(db, events, head.sequence, pageSize);
  const unchainedTail = walk.mismatch ? 0 : await events.skipToEnd();
  const verification: ChainVerification = {
    checkedEvents: walk.tail.sequence + unchainedTail,
    chainedEvents: walk.tail.sequence,
    firstMismatch: walk.mismatch,
    unchainedTail,
    head: { sequence: head.sequence, hash: head.hash },
  };
  if (options.publishedHead) verification.publishedHead = await checkPublishedHead(db, options.publishedHead);
  return verification;
}

async function walkLinks(
  db: ChainDb,
  events: StoreCursor,
  upToSequence: number,
  pageSize: number,
): Promise<{ tail: ChainTail; mismatch: ChainMismatch | null }> {
  let tail = EMPTY_CHAIN;
  for await (const link of linksUpTo(db, upToSequence, pageSize)) {
    const mismatch = checkLink(tail, link, await events.current());
    if (mismatch) return { tail, mismatch };
    events.advance();
    tail = tailOf(link);
  }
  return { tail, mismatch: null };
}

async function* linksUpTo(db: ChainDb, upToSequence: number, pageSize: number): AsyncGenerator<ChainLink> {
  let after = 0;
  while (after < upToSequence) {
    const page = await readLinkPage(db, after, upToSequence, pageSize);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1].sequence;
  }
}

async function checkPublishedHead(db: ChainDb, published: { sequence: number; hash: string }): Promise<PublishedHeadCheck> {
  const publishedHash = published.hash.toLowerCase();
  const storedHash = published.sequence === 0 ? EMPTY_CHAIN.hash : await readLinkHash(db, published.sequence);
  return { sequence: published.sequence, publishedHash, storedHash, matches: storedHash === publishedHash };
}
