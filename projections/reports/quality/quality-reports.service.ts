/** The yearly compliance report, read from the live tables as of now (the injected clock). */
import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock, romeYear } from '../../../src/read-side';
import { LIVE_COMPLIANCE_TABLES } from '../../charter-compliance/compliance-tables';
import type { QualityReport } from '../../charter-compliance/compute/quality-report';
import { readQualityReport } from '../../charter-compliance/reading/quality-report-reader';
import { LIVE_PERFORMANCE_TABLES } from '../../sector-performance/performance-tables';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';

@Injectable()
export class QualityReportsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  /** A year under way gives an interim report; a year not begun has none. */
  async qualityReport(year: number): Promise<QualityReport> {
    const now = this.clock.now();
    if (year > romeYear(now)) {
      throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', code: 'REPORT_YEAR_NOT_STARTED', message: `The year ${year} has not begun` });
    }
    return readQualityReport(this.dataSource, { performance: LIVE_PERFORMANCE_TABLES, compliance: LIVE_COMPLIANCE_TABLES }, year, now.toISOString(), this.settings);
  }
}
