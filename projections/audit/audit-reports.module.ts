/**
 * Auditing the reports: drill-down, as-of and verification (audit-reports.ts). Needs from
 * global modules the TypeORM DataSource, EVENT_STORE and CLOCK; its settings come from the
 * environment like the reports' (projections/reports/report-settings.ts).
 */
import { Module } from '@nestjs/common';
import { REPORT_SETTINGS, ReportSettings, reportSettingsFrom } from '../reports/report-settings';
import { AuditReportsController } from './http/audit-reports.controller';
import { AuditReportsService } from './http/audit-reports.service';

@Module({
  controllers: [AuditReportsController],
  providers: [{ provide: REPORT_SETTINGS, useFactory: (): ReportSettings => reportSettingsFrom(process.env) }, AuditReportsService],
})
export class AuditReportsModule {}
