import { CommandErrorBody } from '../../http/revision-command-http';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CLOCK, Clock } from '../../shared/clock';
import { romeDate } from '../../shared/rome-time';
import { CharterCatalog } from '../charter-catalog';

import { StandardView } from '../standard-view';
import { ListStandardsQuery } from './list-standards.query';

@ApiTags('charter')
@ApiBearerAuth()
@Controller('charter/standards')
export class ListStandardsController {
  constructor(
    private readonly catalog: CharterCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The standards of the quality charter, by code (any signed-in role)',
    description: 'Without ?on= every standard ever adopted, with the version in force today; with ?on= only those in force that day.',
  })
  @ApiOkResponse({ type: StandardView, isArray: true })
  @ApiBadRequestResponse({ type: CommandErrorBody, description: 'on is not a calendar date.' })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired bearer token.' })
  list(@Query() { on }: ListStandardsQuery): Promise<StandardView[]> {
    return this.catalog.list(on ?? romeDate(this.clock.now()), on !== undefined);
  }
}
