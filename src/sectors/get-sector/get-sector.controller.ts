import { CommandErrorBody } from '../../http/revision-command-http';
import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { SectorCatalog } from '../sector-catalog';
import { SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';

@ApiTags('sectors')
@ApiBearerAuth()
@Controller('sectors')
export class GetSectorController {
  constructor(private readonly catalog: SectorCatalog) {}

  @Get(':id')
  @ApiOperation({ summary: 'One sector with its referents (any signed-in role)' })
  @ApiOkResponse({
    type: SectorView,
    headers: { ETag: { description: 'The sector revision, for If-Match.', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: CommandErrorBody, description: 'id is not a uuid.' })
  @ApiNotFoundResponse({ type: CommandErrorBody, description: 'SECTOR_NOT_FOUND.' })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired bearer token.' })
  async get(@Param() { id }: SectorIdParams, @Res({ passthrough: true }) response: Response): Promise<SectorView> {
    const sector = await this.catalog.get(id);
    response.setHeader('ETag', `"${sector.revision}"`);
    return sector;
  }
}
