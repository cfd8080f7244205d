/** The audits as the API serves them: live tables and log, as of now (the injected clock) unless asked otherwise. */
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore, CLOCK, Clock, normalizeInstant } from '../../../src/read-side';
import type { ReportPeriod } from '../../sector-performance/compute/report-period';
import { REPORT_SETTINGS, ReportSettings } from '../../reports/report-settings';
import { AuditDeps, drillDownQuality, drillDownSector, qualityReportAsOf, ReportAsOf, ReportVerification, verifyQualityReport } from '../audit-reports';
import type { FigureDrillDown } from '../drill-down/case-events';
import { UnknownFigureError } from '../figures/unknown-figure';

@Injectable()
export class AuditReportsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  qualityFigure(year: number, figure: string): Promise<FigureDrillDown> {
    return badFigureAs400(drillDownQuality(this.deps(), year, figure, this.now()));
  }

  sectorFigure(sectorId: string, period: ReportPeriod, figure: string): Promise<FigureDrillDown> {
    return badFigureAs400(drillDownSector(this.deps(), sectorId, period, figure, this.now()));
  }

  qualityAsOf(year: number, asOf: string): Promise<ReportAsOf> {
    const instant = normalizeInstant(asOf);
    const now = this.now();
    // The log holds nothing after now: a later instant would print history that has not happened.
    if (instant > now) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'AS_OF_IN_FUTURE', message: `asOf must not be later than now (${now})` });
    }
    return qualityReportAsOf(this.deps(), year, instant);
  }

  verify(year: number): Promise<ReportVerification> {
    return verifyQualityReport(this.deps(), year, this.now());
  }

  private deps(): AuditDeps {
    // The thresholds alone: the entity's name is no figure and must not enter a comparison.
    const { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } = this.settings;
    return { dataSource: this.dataSource, store: this.store, thresholds: { minSample, timeStandardMinShare, sectorMinWithinShare, sectorMaxReminderShare } };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

async function badFigureAs400<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof UnknownFigureError) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'UNKNOWN_FIGURE', message: error.message });
    throw error;
  }
}
