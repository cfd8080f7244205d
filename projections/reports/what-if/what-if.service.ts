/** The what-if as the API serves it: the log as recorded by now (the injected clock), the report settings. */
import { BadRequestException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { EVENT_STORE, EventStore, CLOCK, Clock, romeYear } from '../../../src/read-side';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import { ProposalError, ProposedStandard } from './proposed-charter';
import { WhatIfReport, whatIfReport } from './what-if-report';

@Injectable()
export class WhatIfService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  async whatIf(year: number, proposal: readonly ProposedStandard[]): Promise<WhatIfReport> {
    const now = this.clock.now();
    if (year > romeYear(now)) {
      throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', code: 'REPORT_YEAR_NOT_STARTED', message: `The year ${year} has not begun` });
    }
    const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = this.settings;
    try {
      return await whatIfReport(this.store, year, proposal, now.toISOString(), { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare });
    } catch (error) {
      if (error instanceof ProposalError) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'INVALID_PROPOSAL', message: error.message });
      throw error;
    }
  }
}
