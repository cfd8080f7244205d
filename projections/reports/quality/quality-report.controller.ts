import { Controller, Get, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotAcceptableResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../../src/auth';
import { formatFor, reportAnswer } from '../http/report-answer';
import { QualityReportParams, QualityReportQuery } from '../http/report-query';
import { REPORT_FORMATS } from '../render/report-formats';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import { QualityReportView } from '../views/quality.view';
import { qualityReportDocument } from './quality-report-document';
import { qualityReportFileName } from './quality-report-files';
import { QualityReportsService } from './quality-reports.service';

@ApiTags('reports')
@Controller('reports/quality')
export class QualityReportController {
  constructor(
    private readonly reports: QualityReportsService,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  @Get(':year')
  @Roles('manager', 'auditor', 'admin')
  @ApiOperation({
    summary: "The year's \"Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei servizi\"",
    description:
      'Every charter standard in force during the year, each version measured on the days it was in force, met or not; volumes by ' +
      'channel, kind and sector; the survey; each sector’s year; the anomalies and the corrective actions recorded for them. ' +
      'JSON by default; CSV, HTML and PDF (Italian, the document a comune publishes) by Accept or ?format.',
  })
  @ApiProduces('application/json', 'text/csv', 'text/html', 'application/pdf')
  @ApiOkResponse({ type: QualityReportView })
  @ApiBadRequestResponse({ description: 'The year or the format is invalid.' })
  @ApiNotAcceptableResponse({ description: 'FORMAT_NOT_AVAILABLE.' })
  @ApiUnprocessableEntityResponse({ description: 'REPORT_YEAR_NOT_STARTED.' })
  async quality(
    @Param() { year }: QualityReportParams,
    @Query() query: QualityReportQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QualityReportView | StreamableFile> {
    const format = formatFor(request, query.format, REPORT_FORMATS);
    const report = await this.reports.qualityReport(year);
    return reportAnswer(response, format, report, () => qualityReportDocument(report, this.settings.entityName), qualityReportFileName(year), this.settings.entityName);
  }
}
