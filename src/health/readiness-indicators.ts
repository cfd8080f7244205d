/**
 * What readiness checks, each bounded in time so an unreachable server answers 503 promptly
 * instead of holding the probe: the event store's head, a read-model query, and the runner's
 * view of every projection (a failed one means some read endpoint serves stale data for good).
 */
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { positionToString } from '../event-store/position';
import { ProjectionRunner } from '../../projections/runner/projection-runner';

// Generous: the projections status measures lag on the log, seconds on a loaded machine.
const CHECK_TIMEOUT_MS = 10_000;

@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    // The runner belongs to ProjectionsModule (registered once, by AppModule): looked up, not imported again.
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
      const status = await withinTimeout(this.modules.get(ProjectionRunner, { strict: false }).status(), 'the projections status');
      // An open failure counts even while the worker is up: it is stuck retrying that event.
      const failed = status.projections.filter((projection) => projection.state === 'failed' || projection.failure !== null).map((projection) => projection.name);
      return failed.length === 0 ? check.up({ projector: status.projector }) : check.down({ failed });
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
