import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { DraftFinalReplyCommand } from './draft-final-reply.command';
import { DraftFinalReplyDto } from './draft-final-reply.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class DraftFinalReplyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('final-reply/draft', {
    command: 'DraftFinalReply',
    summary: 'The sector drafts the final reply for the URP to complete and send',
    description: 'Only a referent of the sector that has taken the case in charge.',
  })
  @CommandEndpoint('draft-final-reply')
  draft(
    @Param() { id }: CaseIdParams,
    @Body() dto: DraftFinalReplyDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new DraftFinalReplyCommand(id, dto.text, context), context);
  }
}
