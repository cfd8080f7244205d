import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendFinalReplyCommand } from './send-final-reply.command';
import { SendFinalReplyDto } from './send-final-reply.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class SendFinalReplyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('final-reply', {
    command: 'SendFinalReply',
    summary: 'Send the final reply: the case is closed as answered',
    description:
      'By the URP (answering directly a case no sector holds, or completing the sector’s answer once it took charge) or by a referent of the sector in charge.',
  })
  @CommandEndpoint('send-final-reply')
  sendFinalReply(
    @Param() { id }: CaseIdParams,
    @Body() dto: SendFinalReplyDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new SendFinalReplyCommand(id, dto.text, dto.channel, context), context);
  }
}
