import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth';
import { CLOCK, type Clock } from '../../shared/clock';
import { isInstant, normalizeInstant } from '../../shared/rome-time';
import { Open311Error, resourceOf, sendOpen311, sendOpen311Error } from '../open311-format';
import { formatOfPath } from '../open311-paths';
import { Open311RequestsReader } from './open311-requests.reader';

/** The spec's defaults: the last 90 days, at most 1,000 requests. */
const DEFAULT_DAYS = 90;
const MAX_REQUESTS = 1000;
const DAY_MS = 24 * 3600 * 1000;

@ApiTags('open311')
@Public()
@Controller('open311/v2')
export class GetRequestsController {
  constructor(
    private readonly requests: Open311RequestsReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(['requests.json', 'requests.xml'])
  @ApiOperation({ summary: 'GeoReport v2: service requests (status open/closed, no personal data)' })
  @ApiQuery({ name: 'service_request_id', required: false, description: 'Comma-separated references; the other filters are then ignored.' })
  @ApiQuery({ name: 'service_code', required: false, description: 'Comma-separated category codes.' })
  @ApiQuery({ name: 'start_date', required: false, description: 'ISO 8601 instant. Default: 90 days before end_date.' })
  @ApiQuery({ name: 'end_date', required: false, description: 'ISO 8601 instant. Default: now.' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'closed'] })
  @ApiOkResponse({ description: '[{service_request_id, status, service_name, service_code, agency_responsible, requested_datetime, updated_datetime, expected_datetime, …}]' })
  async list(@Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const format = formatOfPath(request.path);
    try {
      const ids = listParam(query, 'service_request_id');
      const endDate = instantParam(query, 'end_date') ?? this.clock.now().toISOString();
      const startDate = instantParam(query, 'start_date') ?? new Date(Date.parse(endDate) - DEFAULT_DAYS * DAY_MS).toISOString();
      if (Date.parse(startDate) > Date.parse(endDate)) throw new Open311Error(400, 'start_date must not be after end_date');
      const status = query.status;
      if (status !== undefined && status !== 'open' && status !== 'closed') throw new Open311Error(400, 'status must be open or closed');
      const found = await this.requests.find({
        ids,
        serviceCodes: listParam(query, 'service_code'),
        status,
        startDate,
        endDate,
        limit: MAX_REQUESTS,
      });
      sendOpen311(response, 200, format, 'service_requests', found as never);
    } catch (error) {
      sendOpen311Error(response, format, error);
    }
  }

  @Get('requests/:file')
  @ApiOperation({ summary: 'GeoReport v2: one service request by its id (the reference number)' })
  @ApiParam({ name: 'file', example: 'URP-2026-000123.json' })
  async one(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const format = file.endsWith('.xml') ? 'xml' : 'json';
    try {
      const { name: id } = resourceOf(file);
      const found = await this.requests.find({ ids: [id], startDate: '', endDate: '', limit: 1 });
      if (found.length === 0) throw new Open311Error(404, `service_request_id ${id} not found`);
      sendOpen311(response, 200, format, 'service_requests', found as never);
    } catch (error) {
      sendOpen311Error(response, format, error);
    }
  }
}

function listParam(query: Record<string, unknown>, name: string): string[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 2000) throw new Open311Error(400, `${name} must be given once, comma-separated`);
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return items.length === 0 ? undefined : items;
}

function instantParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (!isInstant(value)) throw new Open311Error(400, `${name} must be an ISO 8601 date and time with its zone, e.g. 2026-03-02T09:00:00Z`);
  return normalizeInstant(value);
}
