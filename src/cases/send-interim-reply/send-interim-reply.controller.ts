import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendInterimReplyCommand } from './send-interim-reply.command';
import { SendInterimReplyDto } from './send-interim-reply.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class SendInterimReplyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('interim-replies', {
    command: 'SendInterimReply',
    summary: 'Send an interim reply (risposta interlocutoria): the case stays open',
  })
  @CommandEndpoint('send-interim-reply')
  sendInterimReply(
    @Param() { id }: CaseIdParams,
    @Body() dto: SendInterimReplyDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new SendInterimReplyCommand(id, dto.text, dto.channel, context), context);
  }
}
