import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../auth';
import { sendOpen311, sendOpen311Error } from '../open311-format';
import { formatOfPath } from '../open311-paths';
import { Open311Services } from '../open311-services';

@ApiTags('open311')
@Public()
@Controller('open311/v2')
export class ListServicesController {
  constructor(private readonly services: Open311Services) {}

  @Get(['services.json', 'services.xml'])
  @ApiOperation({ summary: 'GeoReport v2: the service list (the categories that take reports)', description: 'JSON or XML by extension.' })
  @ApiOkResponse({ description: '[{service_code, service_name, description, metadata, type, keywords, group}]' })
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const format = formatOfPath(request.path);
    try {
      sendOpen311(response, 200, format, 'services', [...(await this.services.list())] as never);
    } catch (error) {
      sendOpen311Error(response, format, error);
    }
  }
}
