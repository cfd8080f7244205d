import { DynamicModule, Module } from '@nestjs/common';
import { CaseAlarms } from './case-alarms';
import { DEADLINES_OPTIONS, resolveDeadlinesOptions, type DeadlinesOptions } from './deadlines-options';
import { MarkFinalReplyOverdueHandler } from './mark-final-reply-overdue/mark-final-reply-overdue.handler';
import { DeadlineStatusReader } from './deadline-status/deadline-status';
import { DeadlineStatusController } from './deadline-status/deadline-status.controller';
import { RunTickController } from './run-tick/run-tick.controller';
import { CaseDeadlineActions } from './ticker/case-deadline-actions';
import { DeadlineTicker } from './ticker/deadline-ticker';
import { TickSchedule } from './ticker/tick-schedule';
import { CaseTimersFollower } from './timers/case-timers-follower';
import { QuarantinedTimersRetry } from './timers/timers-retry';
import { WarnFinalReplyDueSoonHandler } from './warn-final-reply-due-soon/warn-final-reply-due-soon.handler';

/**
 * The deadline process manager: timers kept from the case events (CaseTimersFollower, a
 * registration of the log runner: the composition root lists it for ProjectionsModule, whose
 * LOG_FOLLOWING the ticker waits on), a ticker that records reminders, due-soon warnings and
 * overdue markings through the case command handlers.
 * Reminders go through CasesModule's send-take-charge-reminder slice, so CasesModule must
 * be in the application too. Needs from global modules: the CommandBus (CqrsModule), the
 * TypeORM DataSource, EVENT_STORE, CLOCK and the shared write path (DecideAndAppend).
 */
@Module({})
export class DeadlinesModule {
  static register(options: DeadlinesOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      controllers: [RunTickController, DeadlineStatusController],
      providers: [
        { provide: DEADLINES_OPTIONS, useValue: resolveDeadlinesOptions(options) },
        CaseAlarms,
        WarnFinalReplyDueSoonHandler,
        MarkFinalReplyOverdueHandler,
        CaseTimersFollower,
        QuarantinedTimersRetry,
        CaseDeadlineActions,
        DeadlineTicker,
        TickSchedule,
        DeadlineStatusReader,
      ],
      exports: [DeadlineTicker, CaseTimersFollower, DeadlineStatusReader],
    };
  }

}
