import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../src/auth';
import { periodOf, QualityReportParams } from '../../reports/http/report-query';
import type { ReportAsOf, ReportVerification } from '../audit-reports';
import type { FigureDrillDown } from '../drill-down/case-events';
import { AsOfQuery, AuditSectorParams, FigureQuery, SectorFigureQuery } from './audit-queries';
import { AuditReportsService } from './audit-reports.service';

/** Auditors (and admins) only: a drill-down names cases and the users who acted on them. */
@ApiTags('audit')
@Controller('audit/reports')
@Roles('auditor', 'admin')
export class AuditReportsController {
  constructor(private readonly audits: AuditReportsService) {}

  @Get('quality/:year/figures')
  @ApiOperation({ summary: 'A figure of the yearly report: its cases and, for each, the events that decided how it counts' })
  @ApiOkResponse({ description: 'value, sampleSize, contributions[{caseId, reference, fact, factNo, outcome, inNumerator, days, events[]}]' })
  @ApiBadRequestResponse({ description: 'UNKNOWN_FIGURE, or an invalid year.' })
  qualityFigure(@Param() { year }: QualityReportParams, @Query() { figure }: FigureQuery): Promise<FigureDrillDown> {
    return this.audits.qualityFigure(year, figure);
  }

  @Get('sectors/:sectorId/figures')
  @ApiOperation({ summary: "A figure of a sector's performance over a period: its cases and their deciding events" })
  @ApiBadRequestResponse({ description: 'UNKNOWN_FIGURE, or an invalid period.' })
  sectorFigure(@Param() { sectorId }: AuditSectorParams, @Query() query: SectorFigureQuery): Promise<FigureDrillDown> {
    return this.audits.sectorFigure(sectorId, periodOf(query), query.figure);
  }

  @Get('quality/:year/verification')
  @ApiOperation({ summary: 'The yearly report from the stored tables against a full replay of the log, figure by figure' })
  verify(@Param() { year }: QualityReportParams): Promise<ReportVerification> {
    return this.audits.verify(year);
  }

  @Get('quality/:year')
  @ApiOperation({ summary: 'The yearly report as it stood at an instant, replayed from the events recorded by then (metadata.recordedAt)' })
  asOf(@Param() { year }: QualityReportParams, @Query() { asOf }: AsOfQuery): Promise<ReportAsOf> {
    return this.audits.qualityAsOf(year, asOf);
  }
}
