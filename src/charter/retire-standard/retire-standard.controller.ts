import { sendRevisionAnswer } from '../../http/revision-command-http';
import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { StandardCommandDocs, StandardIdParams } from '../charter-http';
import { StandardView } from '../standard-view';
import { RetireStandardCommand } from './retire-standard.command';
import { RetireStandardDto } from './retire-standard.dto';

@ApiTags('charter')
@Controller('charter/standards')
export class RetireStandardController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Retire the standard from a later date (admin only)' })
  @StandardCommandDocs(HttpStatus.OK, 'The standard with the day it stops applying.')
  async retire(
    @Param() { id }: StandardIdParams,
    @Body() dto: RetireStandardDto,
    @Command('retire-standard') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StandardView> {
    const answer = await this.answers.run(context, { standardId: id, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new RetireStandardCommand(id, dto.effectiveFrom, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
