import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Body, Controller, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { StandardCommandDocs, StandardIdParams } from '../charter-http';
import { toTarget } from '../standard-fields';
import { StandardView } from '../standard-view';
import { ReviseStandardCommand } from './revise-standard.command';
import { ReviseStandardDto } from './revise-standard.dto';

@ApiTags('charter')
@Controller('charter/standards')
export class ReviseStandardController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/revisions')
  @Roles('admin')
  @ApiOperation({
    summary: 'Record a revision of the standard, in force from a later date (admin only)',
    description: 'Cases received before that date keep the terms they were given; reports measure each day against the version of that day.',
  })
  @StandardCommandDocs(HttpStatus.CREATED, 'The standard with the new version.')
  async revise(
    @Param() { id }: StandardIdParams,
    @Body() dto: ReviseStandardDto,
    @Command('revise-standard') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StandardView> {
    const target = toTarget(dto.target);
    const request = { standardId: id, indicator: dto.indicator, target, effectiveFrom: dto.effectiveFrom };
    const answer = await this.answers.run(context, request, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new ReviseStandardCommand(id, dto.indicator, target, dto.effectiveFrom, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
