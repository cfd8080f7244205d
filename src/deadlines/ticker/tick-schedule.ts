import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DEADLINES_OPTIONS, type ResolvedDeadlinesOptions } from '../deadlines-options';
import { DeadlineTicker } from './deadline-ticker';
import type { TickReport } from './tick-report';

/**
 * Ticks from bootstrap to shutdown when the module runs: one tick, then the interval, then
 * the next, so ticks of one process never overlap. The interval is real time; what is due
 * is decided by the CLOCK each tick reads.
 */
@Injectable()
export class TickSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly ticker: DeadlineTicker,
    @Inject(DEADLINES_OPTIONS) private readonly options: ResolvedDeadlinesOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.run || this.options.tickIntervalMs === 0) return;
    this.logger.log(`Deadline process manager: a tick every ${this.options.tickIntervalMs} ms`);
    this.scheduleNext();
  }

  /** Before the event store and the DataSource close: lets the tick in flight finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  private scheduleNext(): void {
    this.timer = setTimeout(() => {
      this.inFlight = this.tickOnce().finally(() => {
        this.inFlight = undefined;
        if (!this.stopped) this.scheduleNext();
      });
    }, this.options.tickIntervalMs);
  }

  private async tickOnce(): Promise<void> {
    try {
      const report = await this.ticker.tick();
      if (report.reminders + report.dueSoon + report.overdue + report.failed > 0) this.logger.log(describe(report));
    } catch (error) {
      this.logger.error(`Tick failed, trying again next time: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function describe(report: TickReport): string {
  return `Tick at ${report.at}: ${report.reminders} reminders, ${report.dueSoon} due soon, ${report.overdue} overdue, ${report.failed} failed`;
}
