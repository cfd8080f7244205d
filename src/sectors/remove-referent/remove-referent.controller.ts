import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Controller, Delete, HttpStatus, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { SectorCommandDocs, SectorReferentParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { RemoveReferentCommand } from './remove-referent.command';

@ApiTags('sectors')
@Controller('sectors')
export class RemoveReferentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Delete(':id/referents/:userId')
  @Roles('admin')
  @ApiOperation({ summary: 'Remove a referent from the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The sector without the referent.')
  async remove(
    @Param() { id, userId }: SectorReferentParams,
    @Command('remove-referent') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorView> {
    const answer = await this.answers.run(context, { sectorId: id, userId }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new RemoveReferentCommand(id, userId, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
