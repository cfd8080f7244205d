import { CommandErrorBody } from '../../http/revision-command-http';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
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
import { CLOCK, Clock } from '../../shared/clock';
import { romeDate } from '../../shared/rome-time';
import { CharterCatalog } from '../charter-catalog';
import { StandardIdParams } from '../charter-http';
import { StandardView } from '../standard-view';

@ApiTags('charter')
@ApiBearerAuth()
@Controller('charter/standards')
export class GetStandardController {
  constructor(
    private readonly catalog: CharterCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One standard with all its versions and the one in force today (any signed-in role)' })
  @ApiOkResponse({
    type: StandardView,
    headers: { ETag: { description: 'The standard revision, for If-Match.', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: CommandErrorBody, description: 'id is not a uuid.' })
  @ApiNotFoundResponse({ type: CommandErrorBody, description: 'STANDARD_NOT_FOUND.' })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired bearer token.' })
  async get(@Param() { id }: StandardIdParams, @Res({ passthrough: true }) response: Response): Promise<StandardView> {
    const standard = await this.catalog.get(id, romeDate(this.clock.now()));
    response.setHeader('ETag', `"${standard.revision}"`);
    return standard;
  }
}
