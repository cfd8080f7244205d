import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { StandardCommandDocs, StandardIdParams } from '../charter-http';
import { StandardView } from '../standard-view';
import { RetireStandardCommand } from './retire-standard.command';
import { RetireStandardDto } from './retire-standard.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('charter')
@Controller('charter/standards')
export class RetireStandardController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Retire the standard from a later date (admin only)' })
  @StandardCommandDocs(HttpStatus.OK, 'The standard with the day it stops applying.')
  @CommandEndpoint('retire-standard')
  async retire(
    @Param() { id }: StandardIdParams,
    @Body() dto: RetireStandardDto,
    @Command() context: CommandContext,
  ): Promise<StandardView> {
    return this.commands.execute(new RetireStandardCommand(id, dto.effectiveFrom, context), context);
  }
}
