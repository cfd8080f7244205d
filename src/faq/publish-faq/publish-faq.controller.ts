import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import { FaqCommandDocs, FaqTextsDto } from '../faq-http';
import type { FaqView } from '../faq-view';
import { PublishFaqCommand } from './publish-faq.command';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('faq')
@Controller('faq')
export class PublishFaqController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Publish a question and its answer on the portal (URP operators, admins)' })
  @FaqCommandDocs(HttpStatus.CREATED, 'The new entry, with its id and revision.')
  @CommandEndpoint('publish-faq')
  async publish(
    @Body() dto: FaqTextsDto,
    @Command() context: CommandContext,
  ): Promise<FaqView> {
    // A retry with the same Idempotency-Key must address the same stream.
    const faqId = context.idempotencyKey ? deterministicUuid('faq', context.actor.id, context.idempotencyKey) : randomUUID();
    return this.commands.execute(new PublishFaqCommand(faqId, dto.question, dto.answer, context), context);
  }
}
