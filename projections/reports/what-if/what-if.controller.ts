import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../../src/auth';
import { formatFor, reportAnswer } from '../http/report-answer';
import { QualityReportParams } from '../http/report-query';
import { REPORT_FORMATS } from '../render/report-formats';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';
import type { ProposedStandard } from './proposed-charter';
import { whatIfDocument, whatIfFileName } from './what-if-document';
import type { WhatIfReport } from './what-if-report';
import { proposalFromQuery, toProposal, WhatIfDto, WhatIfFormatQuery, WhatIfQuery } from './what-if.dto';
import { WhatIfService } from './what-if.service';

const DESCRIPTION =
  "The year's events replayed in memory against a proposed charter (new targets, new standards): the yearly report against the " +
  'charter on record and against the proposal, side by side, with every figure that differs. Nothing is recorded. JSON by default; ' +
  'HTML, PDF and CSV (Italian, the changed figures highlighted) by Accept or ?format.';

@ApiTags('reports')
@Controller('reports/quality')
export class WhatIfController {
  constructor(
    private readonly whatIfs: WhatIfService,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  @Post(':year/what-if')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'What if the year had been measured against a proposed charter?', description: DESCRIPTION })
  @ApiProduces('application/json', 'text/html', 'application/pdf', 'text/csv')
  @ApiOkResponse({ description: 'year, asOf, changes, real, proposed, differences' })
  @ApiBadRequestResponse({ description: 'The proposal is invalid (INVALID_PROPOSAL, or the field and the rule).' })
  @ApiUnprocessableEntityResponse({ description: 'REPORT_YEAR_NOT_STARTED.' })
  propose(
    @Param() { year }: QualityReportParams,
    @Body() body: WhatIfDto,
    @Query() query: WhatIfFormatQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WhatIfReport | StreamableFile> {
    return this.answer(year, toProposal(body), query.format, request, response);
  }

  @Get(':year/what-if')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'The same, with new targets for standards of the charter in the query (?target=URP-01=20&target=URP-05=85%)', description: DESCRIPTION })
  @ApiProduces('application/json', 'text/html', 'application/pdf', 'text/csv')
  @ApiOkResponse({ description: 'year, asOf, changes, real, proposed, differences' })
  @ApiBadRequestResponse({ description: 'A target is malformed or names no standard of the charter.' })
  fromQuery(
    @Param() { year }: QualityReportParams,
    @Query() query: WhatIfQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WhatIfReport | StreamableFile> {
    return this.answer(year, proposalFromQuery(query), query.format, request, response);
  }

  private async answer(year: number, proposal: ProposedStandard[], requested: WhatIfQuery['format'], request: Request, response: Response) {
    const format = formatFor(request, requested, REPORT_FORMATS);
    const whatIf = await this.whatIfs.whatIf(year, proposal);
    return reportAnswer(response, format, whatIf, () => whatIfDocument(whatIf, this.settings.entityName), whatIfFileName(year), this.settings.entityName);
  }
}
