import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../auth';
import { Open311Error, resourceOf, sendOpen311, sendOpen311Error } from '../open311-format';
import { Open311Services } from '../open311-services';

@ApiTags('open311')
@Public()
@Controller('open311/v2')
export class GetServiceController {
  constructor(private readonly services: Open311Services) {}

  @Get('services/:file')
  @ApiOperation({ summary: 'GeoReport v2: a service definition (no extra attributes: metadata is false)' })
  @ApiParam({ name: 'file', example: 'strade%2Fbuche.json', description: "The service_code, URL-encoded, with .json or .xml." })
  @ApiOkResponse({ description: '{service_code, attributes: []}' })
  async definition(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const format = file.endsWith('.xml') ? 'xml' : 'json';
    try {
      const { name: code } = resourceOf(file);
      const service = await this.services.find(code);
      if (!service) throw new Open311Error(404, `service_code ${code} not found`);
      sendOpen311(response, 200, format, 'service_definition', { service_code: service.service_code, attributes: [] });
    } catch (error) {
      sendOpen311Error(response, format, error);
    }
  }
}
