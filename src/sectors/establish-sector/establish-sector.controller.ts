import { sendRevisionAnswer } from '../../http/revision-command-http';
import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { SectorCommandDocs } from '../sector-http';
import { SectorView } from '../sector-view';
import { EstablishSectorCommand } from './establish-sector.command';
import { EstablishSectorDto } from './establish-sector.dto';

@ApiTags('sectors')
@Controller('sectors')
export class EstablishSectorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Establish a sector (admin only)' })
  @SectorCommandDocs(HttpStatus.CREATED, 'The new sector, with its id and revision.')
  async establish(
    @Body() dto: EstablishSectorDto,
    @Command('establish-sector') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorView> {
    const answer = await this.answers.run(context, dto, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new EstablishSectorCommand(newSectorId(context), dto.name, dto.slug, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}

/** A retry with the same Idempotency-Key must address the same stream, so the id derives from the key. */
function newSectorId(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('sector', context.actor.id, context.idempotencyKey)
    : randomUUID();
}
