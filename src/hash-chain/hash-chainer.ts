/**
 * Follows the global log through the event store port and appends one hash link per event
 * to event_hash_chain, in batches of one transaction each. Works with either adapter: it
 * only needs subscribeToAll (exclusive start, never skips) and the PostgreSQL database
 * that holds the chain.
 *
 * One chainer writes (the lease, chainer-session.ts); others stand by and take over when
 * its session ends. Every (re)start resumes after the last stored link, so a restart neither
 * repeats nor skips an event, and a writer that lost a race learns it from the table
 * (ChainMovedError) and resumes from the winner's end.
 */
import { Logger } from '@nestjs/common';
import type { ClientConfig } from 'pg';
import type { AllSubscription, EventStore, Position } from '../event-store/event-store.port';
import { appendLinks, ChainMovedError } from './append-links';
import { pgChainDb } from './chain-db';
import { ChainTail, linksFor, tailOf } from './chain-link';
import { ChainProgress } from './chain-progress';
import { readChainTail } from './chain-table';
import { ChainerSession } from './chainer-session';
import { DEFAULT_CHAINER_SETTINGS, HashChainerSettings } from './chainer-settings';
import { eventBatches } from './event-batches';
import { Pause } from './pause';

export type ChainerRole = 'stopped' | 'standby' | 'writer';

export interface ChainerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface HashChainerOptions {
  store: EventStore;
  /** The PostgreSQL database holding event_hash_chain; the chainer opens one session of its own. */
  connection: ClientConfig;
  settings?: Partial<HashChainerSettings>;
  logger?: ChainerLogger;
}

export class HashChainer {
  private readonly settings: HashChainerSettings;
  private readonly logger: ChainerLogger;
  private readonly session: ChainerSession;
  private readonly progress = new ChainProgress();
  private readonly pause = new Pause();
  private subscription: AllSubscription | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private currentRole: ChainerRole = 'stopped';
  private written = 0;

  constructor(private readonly options: HashChainerOptions) {
    this.settings = { ...DEFAULT_CHAINER_SETTINGS, ...options.settings };
    this.logger = options.logger ?? new Logger('HashChainer');
    this.session = new ChainerSession(options.connection, (reason) => this.leaseLost(reason));
  }

  get role(): ChainerRole {
    return this.currentRole;
  }

  /** Links this instance has written since it was created. */
  get linksWritten(): number {
    return this.written;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.run();
  }

  /** Ends the subscription and the session (releasing the lease); resolves once nothing runs. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.pause.interrupt();
    await this.subscription?.close();
    await this.running;
    this.running = undefined;
    this.progress.abandon('the hash chainer stopped');
  }

  /** Resolves once this instance has chained the event at `position` (a standby never does). */
  waitUntilChained(position: Position): Promise<void> {
    return this.progress.waitFor(position);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if (await this.session.tryAcquireLease()) await this.chainAsWriter();
        else await this.standBy();
      } catch (error) {
        if (this.stopping) break;
        this.report(error);
        await this.rest(this.settings.retryMs);
      }
    }
    await this.session.end();
    this.currentRole = 'stopped';
  }

  private async standBy(): Promise<void> {
    if (this.currentRole !== 'standby') this.logger.log('another chainer holds the lease: standing by');
    this.currentRole = 'standby';
    await this.rest(this.settings.standbyRetryMs);
  }

  /** A stop() that came while the lease was being asked for must not wait out a whole pause. */
  private async rest(ms: number): Promise<void> {
    if (!this.stopping) await this.pause.for(ms);
  }

  /** Chains from the stored end until the subscription ends (stop, lost lease) or a write fails. */
  private async chainAsWriter(): Promise<void> {
    let tail = await readChainTail(pgChainDb(this.session.client()));
    this.becomeWriter(tail);
    const subscription = this.options.store.subscribeToAll({ fromPosition: tail.position ?? 'start' });
    this.subscription = subscription;
    try {
      // The lease may have been lost between taking it and subscribing: nothing would close this one.
      if (this.stopping || !this.session.holdsLease) return;
      const batches = eventBatches(subscription, { maxSize: this.settings.batchSize, lingerMs: this.settings.lingerMs });
      for await (const batch of batches) {
        const links = linksFor(tail, batch);
        await appendLinks(this.session.client(), links);
        tail = tailOf(links[links.length - 1]);
        this.written += links.length;
        this.progress.advanceTo(tail.position);
      }
    } finally {
      this.subscription = undefined;
      await subscription.close();
    }
  }

  private becomeWriter(tail: ChainTail): void {
    if (this.currentRole !== 'writer') this.logger.log(`writing the hash chain from link ${tail.sequence + 1}`);
    this.currentRole = 'writer';
    this.progress.advanceTo(tail.position);
  }

  private leaseLost(reason: string): void {
    this.logger.warn(`hash chain lease lost (${reason}); will try to take it again`);
    void this.subscription?.close();
  }

  private report(error: unknown): void {
    if (error instanceof ChainMovedError) {
      this.logger.warn(`${error.message}; resuming from the stored end of the chain`);
      return;
    }
    this.logger.error(`hash chainer failed, retrying in ${this.settings.retryMs} ms: ${(error as Error)?.message ?? error}`);
  }
}
