import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { FaqCommandDocs, FaqIdParams, FaqTextsDto } from '../faq-http';
import type { FaqView } from '../faq-view';
import { ReviseFaqCommand } from './revise-faq.command';

@ApiTags('faq')
@Controller('faq')
export class ReviseFaqController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/revision')
  @HttpCode(HttpStatus.OK)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Rewrite the question or the answer of a FAQ entry' })
  @FaqCommandDocs(HttpStatus.OK, 'The entry as revised.')
  async revise(
    @Param() { id }: FaqIdParams,
    @Body() dto: FaqTextsDto,
    @Command('revise-faq') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FaqView> {
    const answer = await this.answers.run(context, { id, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new ReviseFaqCommand(id, dto.question, dto.answer, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
