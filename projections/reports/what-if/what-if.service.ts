/**
 * The what-if as the API serves it: from the tallies of the live tables as of now (the
 * injected clock), as the yearly report is; by replay of the log while the tables have no
 * tallies (a projection's previous version, served during a rebuild). The report settings.
 */
import { BadRequestException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, CLOCK, Clock, romeYear } from '../../../src/read-side';
import { LIVE_COMPLIANCE_TABLES } from '../../charter-compliance/compliance-tables';
import { LIVE_PERFORMANCE_TABLES } from '../../sector-performance/performance-tables';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import { ProposalError, ProposedStandard } from './proposed-charter';
import { whatIfByReplay, whatIfFromTallies, WhatIfReport } from './what-if-report';

const TABLES = { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES };

@Injectable()
export class WhatIfService {
  constructor(
    private readonly dataSource: DataSource,
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
    const thresholds = { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare };
    const asOf = now.toISOString();
    try {
      return (
        (await whatIfFromTallies(this.dataSource, TABLES, year, proposal, asOf, thresholds)) ??
        (await whatIfByReplay(this.store, year, proposal, asOf, thresholds))
      );
    } catch (error) {
      if (error instanceof ProposalError) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'INVALID_PROPOSAL', message: error.message });
      throw error;
    }
  }
}
