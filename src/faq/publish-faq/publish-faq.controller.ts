import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { FaqCommandDocs, FaqTextsDto } from '../faq-http';
import type { FaqView } from '../faq-view';
import { PublishFaqCommand } from './publish-faq.command';

@ApiTags('faq')
@Controller('faq')
export class PublishFaqController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Publish a question and its answer on the portal (URP operators, admins)' })
  @FaqCommandDocs(HttpStatus.CREATED, 'The new entry, with its id and revision.')
  async publish(
    @Body() dto: FaqTextsDto,
    @Command('publish-faq') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FaqView> {
    // A retry with the same Idempotency-Key must address the same stream.
    const faqId = context.idempotencyKey ? deterministicUuid('faq', context.actor.id, context.idempotencyKey) : randomUUID();
    const answer = await this.answers.run(context, dto, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new PublishFaqCommand(faqId, dto.question, dto.answer, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
