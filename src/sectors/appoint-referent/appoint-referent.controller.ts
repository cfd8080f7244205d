import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Body, Controller, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { AppointReferentCommand } from './appoint-referent.command';
import { AppointReferentDto } from './appoint-referent.dto';

@ApiTags('sectors')
@Controller('sectors')
export class AppointReferentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/referents')
  @Roles('admin')
  @ApiOperation({ summary: 'Appoint a referent of the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.CREATED, 'The sector with the new referent.')
  async appoint(
    @Param() { id }: SectorIdParams,
    @Body() dto: AppointReferentDto,
    @Command('appoint-referent') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorView> {
    const answer = await this.answers.run(context, { sectorId: id, ...dto }, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new AppointReferentCommand(id, dto.userId, dto.displayName, context, dto.email)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
