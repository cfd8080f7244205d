import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { RenameSectorCommand } from './rename-sector.command';
import { RenameSectorDto } from './rename-sector.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('sectors')
@Controller('sectors')
export class RenameSectorController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/rename')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Rename the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The renamed sector.')
  @CommandEndpoint('rename-sector')
  async rename(
    @Param() { id }: SectorIdParams,
    @Body() dto: RenameSectorDto,
    @Command() context: CommandContext,
  ): Promise<SectorView> {
    return this.commands.execute(new RenameSectorCommand(id, dto.name, dto.slug, context), context);
  }
}
