/**
 * The reports: per-sector performance, every sector side by side, and the yearly charter
 * compliance report. Register their projections with the runner
 * (`ProjectionsModule.register({ run, projections: [...REPORT_PROJECTIONS] })`); this module
 * serves the queries. Needs from global modules: the TypeORM DataSource, CLOCK and (for the
 * what-if, which replays the log) EVENT_STORE.
 */
import { APP_CONFIG, AppConfig } from '../../src/config/app-config';
import { Module, Type } from '@nestjs/common';
import { CharterComplianceProjection } from '../charter-compliance/charter-compliance.projection';
import type { Projection } from '../runner/projection';
import { SectorPerformanceProjection } from '../sector-performance/sector-performance.projection';
import { QualityReportController } from './quality/quality-report.controller';
import { QualityReportsService } from './quality/quality-reports.service';
import { REPORT_SETTINGS, ReportSettings } from './report-settings';
import { SectorPerformanceController } from './sectors/sector-performance.controller';
import { SectorReportsService } from './sectors/sector-reports.service';
import { SectorsReportController } from './sectors/sectors-report.controller';
import { WhatIfController } from './what-if/what-if.controller';
import { WhatIfService } from './what-if/what-if.service';

export const REPORT_PROJECTIONS: Type<Projection>[] = [SectorPerformanceProjection, CharterComplianceProjection];

/** Settings come from the one configuration (AppConfig.reports, read by report-settings.ts); tests override REPORT_SETTINGS. */
@Module({
  controllers: [SectorPerformanceController, SectorsReportController, QualityReportController, WhatIfController],
  providers: [
    { provide: REPORT_SETTINGS, useFactory: (config: AppConfig): ReportSettings => config.reports, inject: [APP_CONFIG] },
    SectorReportsService,
    QualityReportsService,
    WhatIfService,
  ],
})
export class ReportsModule {}
