import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProjectionRunner } from './projection-runner';
import { ProjectionsStatusResponse, toStatusResponse } from './status-response';

/** Served in every mode: an API-only process reports the projector running elsewhere. */
@ApiTags('projections')
@Controller('projections')
export class ProjectionsStatusController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Get('status')
  @ApiOkResponse({
    description:
      'Each projection: checkpoint, lag (events after the checkpoint, exact up to a limit; age of the oldest in ms), state, failure.',
  })
  async status(): Promise<ProjectionsStatusResponse> {
    return toStatusResponse(await this.runner.status());
  }
}
