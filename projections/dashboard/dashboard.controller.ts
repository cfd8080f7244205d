import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../src/auth';
import type { DashboardSummary } from './dashboard-summary';
import { DashboardSummaryService } from './dashboard-summary.service';
import { CaseExport } from './case-export';
import { ExportPeriodQuery } from './export-period.query';

@ApiTags('reports')
@Controller('dashboard')
@Roles('manager', 'auditor', 'admin')
export class DashboardController {
  constructor(
    private readonly summaries: DashboardSummaryService,
    private readonly exports: CaseExport,
  ) {}

  @Get('summary')
  @ApiOperation({
    summary: "The manager's dashboard: load per sector, volumes, timeliness against the terms, survey",
    description: 'From the dashboard projection; computed once per change and per day, the same answer for every viewer. Poll it.',
  })
  @ApiOkResponse({ description: 'The figures, with eventsApplied: it grows with every change the projection applies.' })
  summary(): Promise<DashboardSummary> {
    return this.summaries.summary();
  }

  @Get('cases.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Cases received in a period, as CSV (no personal data: reference, channel, kind, subject, sector, dates, outcome)' })
  async casesCsv(@Query() { from, to }: ExportPeriodQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const csv = await this.exports.csv(from, to);
    // Set here, not with @Header: a refused query must still answer in JSON.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="pratiche-${from}-${to}.csv"`);
    return csv;
  }
}
