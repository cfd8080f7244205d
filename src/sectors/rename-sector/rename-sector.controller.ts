import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { SectorCommandDocs, SectorIdParams } from '../sector-http';
import { SectorView } from '../sector-view';
import { RenameSectorCommand } from './rename-sector.command';
import { RenameSectorDto } from './rename-sector.dto';

@ApiTags('sectors')
@Controller('sectors')
export class RenameSectorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/rename')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Rename the sector (admin only)' })
  @SectorCommandDocs(HttpStatus.OK, 'The renamed sector.')
  async rename(
    @Param() { id }: SectorIdParams,
    @Body() dto: RenameSectorDto,
    @Command('rename-sector') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SectorView> {
    const answer = await this.answers.run(context, { sectorId: id, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new RenameSectorCommand(id, dto.name, dto.slug, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
