/**
 * What readiness checks, each bounded in time so an unreachable server answers 503 promptly
 * instead of holding the probe: the event store's head, a read-model query, and the runner's
 * view of every projection (a failed one means some read endpoint serves stale data for good)
 * and of every other follower of the log (one stuck on its batch holds up the chain, the
 * deadlines or the mail).
 */
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { positionToString } from '../event-store/position';
import { LOG_FOLLOWING, type LogFollowing } from '../log-following/log-follower';

// Generous: the projections status measures lag on the log, seconds on a loaded machine.
const CHECK_TIMEOUT_MS = 10_000;

@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    // The runner (LOG_FOLLOWING) belongs to ProjectionsModule, registered once by AppModule: looked up, not imported again.
    private readonly modules: ModuleRef,
  ) {}

  async eventStore(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('eventStore');
    try {
      const head = await withinTimeout(this.store.headPosition(), 'the event store');
      return check.up({ headPosition: head ? positionToString(head) : null });
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async readModelDatabase(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('readModelDatabase');
    try {
      await withinTimeout(this.dataSource.query('SELECT 1'), 'the read-model database');
      return check.up();
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async projections(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('projections');
    try {
      const following = this.modules.get<LogFollowing>(LOG_FOLLOWING, { strict: false });
      const { projector, failed, stuck } = await withinTimeout(following.health(), 'the projections status');
      if (failed.length === 0 && stuck.length === 0) return check.up({ projector });
      return check.down({ ...(failed.length > 0 ? { failed } : {}), ...(stuck.length > 0 ? { stuck } : {}) });
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }
}

function withinTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
