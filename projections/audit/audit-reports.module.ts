/**
 * Auditing the reports: drill-down, as-of and verification (audit-reports.ts). Needs from
 * global modules the TypeORM DataSource, EVENT_STORE and CLOCK; its settings are the
 * reports' (AppConfig.reports, projections/reports/report-settings.ts).
 */
import { APP_CONFIG, AppConfig } from '../../src/config/app-config';
import { Module } from '@nestjs/common';
import { REPORT_SETTINGS, ReportSettings } from '../reports/report-settings';
import { AuditReportsController } from './http/audit-reports.controller';
import { AuditReportsService } from './http/audit-reports.service';

@Module({
  controllers: [AuditReportsController],
  providers: [{ provide: REPORT_SETTINGS, useFactory: (config: AppConfig): ReportSettings => config.reports, inject: [APP_CONFIG] }, AuditReportsService],
})
export class AuditReportsModule {}
