/**
 * The hash chain as a registration of the log runner: every event of the log, in global
 * order, gets its link in the batch's transaction, which also moves the chain's row of
 * projection_checkpoints ('hash_chain'). The runner's one lease makes it the only writer,
 * and its checkpoint fence (the row is locked and compared in every batch) makes a stale
 * writer's batch fail before it writes: every event is chained exactly once.
 *
 * It skips nothing: a failing batch is rolled back and retried from the checkpoint
 * ('retry-batch'), never parked, since a gap would break the chain.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store/event-store.port';
import { comparePositions } from '../event-store/position';
import type { FollowerContext, LogFollower } from '../log-following/log-follower';
import { appendLinks, HASH_CHAIN_FOLLOWER } from './append-links';
import type { ChainDb } from './chain-db';
import { linksFor } from './chain-link';
import { readChainTail } from './chain-table';

@Injectable()
export class HashChainFollower implements LogFollower {
  readonly name = HASH_CHAIN_FOLLOWER;
  readonly onFailure = 'retry-batch' as const;

  async apply(events: readonly RecordedEvent[], { em }: FollowerContext): Promise<void> {
    const tail = await readChainTail(transactionChainDb(em));
    // Links the table already has (a checkpoint row recreated behind the chain) are not written twice.
    const unchained = tail.position ? events.filter((event) => comparePositions(event.position, tail.position!) > 0) : events;
    await appendLinks(em, linksFor(tail, unchained));
  }
}

function transactionChainDb(em: EntityManager): ChainDb {
  return { query: <Row extends object>(text: string, values?: unknown[]) => em.query<Row[]>(text, values) };
}
