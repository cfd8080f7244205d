import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { SectorCommandDocs } from '../sector-http';
import { SectorView } from '../sector-view';
import { EstablishSectorCommand } from './establish-sector.command';
import { EstablishSectorDto } from './establish-sector.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('sectors')
@Controller('sectors')
export class EstablishSectorController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Establish a sector (admin only)' })
  @SectorCommandDocs(HttpStatus.CREATED, 'The new sector, with its id and revision.')
  @CommandEndpoint('establish-sector')
  async establish(
    @Body() dto: EstablishSectorDto,
    @Command() context: CommandContext,
  ): Promise<SectorView> {
    return this.commands.execute(new EstablishSectorCommand(newSectorId(context), dto.name, dto.slug, context), context);
  }
}

/** A retry with the same Idempotency-Key must address the same stream, so the id derives from the key. */
function newSectorId(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('sector', context.actor.id, context.idempotencyKey)
    : randomUUID();
}
