import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { SendFinalReplyCommand } from './send-final-reply.command';
import { SendFinalReplyDto } from './send-final-reply.dto';

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
  sendFinalReply(
    @Param() { id }: CaseIdParams,
    @Body() dto: SendFinalReplyDto,
    @Command('send-final-reply') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new SendFinalReplyCommand(id, dto.text, dto.channel, context), context, { id, ...dto });
  }
}
