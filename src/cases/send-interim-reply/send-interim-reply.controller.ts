import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { SendInterimReplyCommand } from './send-interim-reply.command';
import { SendInterimReplyDto } from './send-interim-reply.dto';

@ApiTags('cases')
@Controller('cases')
export class SendInterimReplyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('interim-replies', {
    command: 'SendInterimReply',
    summary: 'Send an interim reply (risposta interlocutoria): the case stays open',
  })
  sendInterimReply(
    @Param() { id }: CaseIdParams,
    @Body() dto: SendInterimReplyDto,
    @Command('send-interim-reply') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new SendInterimReplyCommand(id, dto.text, dto.channel, context), context, { id, ...dto });
  }
}
