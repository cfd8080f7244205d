import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { DissolveSectorCommand } from './dissolve-sector.command';

@ApiTags('sectors')
@Controller('sectors')
export class DissolveSectorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/dissolve')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Dissolve the sector: it receives no more cases (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The dissolved sector.')
  async dissolve(
    @Param() { id }: SectorIdParams,
    @Command('dissolve-sector') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorView> {
    const answer = await this.answers.run(context, { sectorId: id }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new DissolveSectorCommand(id, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
