import { Controller, Get, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotAcceptableResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../../src/auth';
import { formatFor, reportAnswer } from '../http/report-answer';
import { PeriodQuery, periodOf, TABLE_FORMATS } from '../http/report-query';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import { SectorsReportView } from '../views/performance.view';
import { SectorReportsService } from './sector-reports.service';
import { sectorsReportDocument } from './sectors-report-document';

@ApiTags('reports')
@Controller('reports/sectors')
export class SectorsReportController {
  constructor(
    private readonly reports: SectorReportsService,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  @Get()
  @Roles('manager', 'auditor', 'admin')
  @ApiOperation({
    summary: 'Every sector’s performance over a period, side by side, with the whole office’s totals',
    description: 'The same figures as /sectors/{id}/performance for each sector. JSON by default; CSV and HTML (Italian) by Accept or ?format.',
  })
  @ApiProduces('application/json', 'text/csv', 'text/html')
  @ApiOkResponse({ type: SectorsReportView })
  @ApiBadRequestResponse({ description: 'The period is missing or invalid: `violations` names the field and the rule.' })
  @ApiNotAcceptableResponse({ description: 'FORMAT_NOT_AVAILABLE.' })
  async sectors(@Query() query: PeriodQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SectorsReportView | StreamableFile> {
    const format = formatFor(request, query.format, TABLE_FORMATS);
    const report = await this.reports.sectorsReport(periodOf(query));
    const baseName = `andamento-settori-${report.period.from}-${report.period.to}`;
    return reportAnswer(response, format, report, () => sectorsReportDocument(report, this.settings.entityName), baseName, this.settings.entityName);
  }
}
