import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { DissolveSectorCommand } from './dissolve-sector.command';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('sectors')
@Controller('sectors')
export class DissolveSectorController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/dissolve')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Dissolve the sector: it receives no more cases (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The dissolved sector.')
  @CommandEndpoint('dissolve-sector')
  async dissolve(
    @Param() { id }: SectorIdParams,
    @Command() context: CommandContext,
  ): Promise<SectorView> {
    return this.commands.execute(new DissolveSectorCommand(id, context), context);
  }
}
