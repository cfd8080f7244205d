import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SectorCatalog } from '../sector-catalog';
import { SectorView } from '../sector-view';

@ApiTags('sectors')
@ApiBearerAuth()
@Controller('sectors')
export class ListSectorsController {
  constructor(private readonly catalog: SectorCatalog) {}

  @Get()
  @ApiOperation({ summary: 'Every sector, dissolved ones included, by name (any signed-in role)' })
  @ApiOkResponse({ type: SectorView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired bearer token.' })
  list(): Promise<SectorView[]> {
    return this.catalog.list();
  }
}
