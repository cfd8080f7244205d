import { Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { FaqCommandDocs, FaqIdParams } from '../faq-http';
import type { FaqView } from '../faq-view';
import { RetireFaqCommand } from './retire-faq.command';

@ApiTags('faq')
@Controller('faq')
export class RetireFaqController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':id/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Take a FAQ entry off the portal for good' })
  @FaqCommandDocs(HttpStatus.OK, 'The entry, retired.')
  async retire(
    @Param() { id }: FaqIdParams,
    @Command('retire-faq') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FaqView> {
    const answer = await this.answers.run(context, { id }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new RetireFaqCommand(id, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
