import { Controller, Get, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotAcceptableResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../../../src/auth';
import { formatFor, reportAnswer } from '../http/report-answer';
import { PeriodQuery, periodOf, SECTOR_PERFORMANCE_FORMATS, SectorParams } from '../http/report-query';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import { SectorPerformanceView } from '../views/performance.view';
import { sectorPerformanceDocument } from './sector-performance-document';
import { SectorReportsService } from './sector-reports.service';

@ApiTags('reports')
@Controller('sectors')
export class SectorPerformanceController {
  constructor(
    private readonly reports: SectorReportsService,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  @Get(':id/performance')
  @Roles('manager', 'auditor', 'admin', 'referent')
  @ApiOperation({
    summary: "A sector's performance over a period",
    description:
      'Cases received, routings and take-charge, final replies (median, 90th percentile, mean days; share within the charter term), ' +
      'reminders, interim replies, extensions, open and overdue cases at the end of the period, reopenings, hand-backs, satisfaction. ' +
      'Receipts, routings and clocks count in the period they started and are followed until now. Figures from fewer cases than the ' +
      'minimum sample carry lowSample. JSON by default; CSV, HTML and PDF (Italian) by Accept or ?format. Referents: their own sector only.',
  })
  @ApiProduces('application/json', 'text/csv', 'text/html', 'application/pdf')
  @ApiOkResponse({ type: SectorPerformanceView })
  @ApiBadRequestResponse({ description: 'The period is missing or invalid: `violations` names the field and the rule.' })
  @ApiNotFoundResponse({ description: 'SECTOR_NOT_FOUND.' })
  @ApiNotAcceptableResponse({ description: 'FORMAT_NOT_AVAILABLE.' })
  async performance(
    @Param() { id }: SectorParams,
    @Query() query: PeriodQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorPerformanceView | StreamableFile> {
    const format = formatFor(request, query.format, SECTOR_PERFORMANCE_FORMATS);
    const report = await this.reports.sectorPerformance(id, periodOf(query), user);
    const baseName = `andamento-settore-${report.period.from}-${report.period.to}`;
    return reportAnswer(response, format, report, () => sectorPerformanceDocument(report, this.settings.entityName), baseName, this.settings.entityName);
  }
}
