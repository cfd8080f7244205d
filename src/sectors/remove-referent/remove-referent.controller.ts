import { Controller, Delete, HttpStatus, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { SectorCommandDocs, SectorReferentParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { RemoveReferentCommand } from './remove-referent.command';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('sectors')
@Controller('sectors')
export class RemoveReferentController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Delete(':id/referents/:userId')
  @Roles('admin')
  @ApiOperation({ summary: 'Remove a referent from the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The sector without the referent.')
  @CommandEndpoint('remove-referent')
  async remove(
    @Param() { id, userId }: SectorReferentParams,
    @Command() context: CommandContext,
  ): Promise<SectorView> {
    return this.commands.execute(new RemoveReferentCommand(id, userId, context), context);
  }
}
