import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { StandardCommandDocs, StandardIdParams } from '../charter-http';
import { toTarget } from '../standard-fields';
import { StandardView } from '../standard-view';
import { ReviseStandardCommand } from './revise-standard.command';
import { ReviseStandardDto } from './revise-standard.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('charter')
@Controller('charter/standards')
export class ReviseStandardController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/revisions')
  @Roles('admin')
  @ApiOperation({
    summary: 'Record a revision of the standard, in force from a later date (admin only)',
    description: 'Cases received before that date keep the terms they were given; reports measure each day against the version of that day.',
  })
  @StandardCommandDocs(HttpStatus.CREATED, 'The standard with the new version.')
  @CommandEndpoint('revise-standard')
  async revise(
    @Param() { id }: StandardIdParams,
    @Body() dto: ReviseStandardDto,
    @Command() context: CommandContext,
  ): Promise<StandardView> {
    const target = toTarget(dto.target);
    return this.commands.execute(new ReviseStandardCommand(id, dto.indicator, target, dto.effectiveFrom, context), context);
  }
}
