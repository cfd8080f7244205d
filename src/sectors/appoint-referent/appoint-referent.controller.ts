import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { AppointReferentCommand } from './appoint-referent.command';
import { AppointReferentDto } from './appoint-referent.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('sectors')
@Controller('sectors')
export class AppointReferentController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/referents')
  @Roles('admin')
  @ApiOperation({ summary: 'Appoint a referent of the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.CREATED, 'The sector with the new referent.')
  @CommandEndpoint('appoint-referent')
  async appoint(
    @Param() { id }: SectorIdParams,
    @Body() dto: AppointReferentDto,
    @Command() context: CommandContext,
  ): Promise<SectorView> {
    return this.commands.execute(new AppointReferentCommand(id, dto.userId, dto.displayName, context, dto.email), context);
  }
}
