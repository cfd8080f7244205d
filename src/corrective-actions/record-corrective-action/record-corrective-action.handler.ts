import { Inject, UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { charterStandardStream, sectorStream } from '../../contracts';
import { correctiveActionsStream } from '../../contracts/corrective-action-events';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { CLOCK, Clock } from '../../shared/clock';
import { romeYear } from '../../shared/rome-time';
import { correctiveActionsDecider, decideCorrectiveAction } from './corrective-actions-decider';
import { CorrectiveActionView, toCorrectiveActionView } from './corrective-action.view';
import { RecordCorrectiveActionCommand } from './record-corrective-action.command';

@CommandHandler(RecordCorrectiveActionCommand)
export class RecordCorrectiveActionHandler implements ICommandHandler<RecordCorrectiveActionCommand, CorrectiveActionView> {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actionId, year, fields, context }: RecordCorrectiveActionCommand): Promise<CorrectiveActionView> {
    const now = this.clock.now();
    await this.requireValid(year, fields, now);
    const action = { actionId, year, ...fields, recordedAt: now.toISOString() };
    const result = await this.decideAndAppend.execute({
      stream: correctiveActionsStream(year),
      decider: correctiveActionsDecider,
      decide: (state) => decideCorrectiveAction(state, action),
      context,
    });
    // On a retry the stored event answers, so the first recording time is the one returned.
    return toCorrectiveActionView(result.events[0]?.data ?? action, result.revision);
  }

  /** A report can only be about a year that has begun, and only name a standard or sector that exists. */
  private async requireValid(year: number, fields: RecordCorrectiveActionCommand['fields'], now: Date): Promise<void> {
    if (year > romeYear(now)) refuse('REPORT_YEAR_NOT_STARTED', `The year ${year} has not begun: there is no report to correct yet`);
    if (fields.standardId && !(await this.exists(charterStandardStream(fields.standardId)))) {
      refuse('STANDARD_NOT_FOUND', `No charter standard ${fields.standardId}`);
    }
    if (fields.sectorId && !(await this.exists(sectorStream(fields.sectorId)))) refuse('SECTOR_NOT_FOUND', `No sector ${fields.sectorId}`);
  }

  private async exists(stream: string): Promise<boolean> {
    return (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
  }
}

function refuse(code: string, message: string): never {
  throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', code, message });
}
