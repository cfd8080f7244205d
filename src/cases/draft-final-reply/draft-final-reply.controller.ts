import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { DraftFinalReplyCommand } from './draft-final-reply.command';
import { DraftFinalReplyDto } from './draft-final-reply.dto';

@ApiTags('cases')
@Controller('cases')
export class DraftFinalReplyController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('final-reply/draft', {
    command: 'DraftFinalReply',
    summary: 'The sector drafts the final reply for the URP to complete and send',
    description: 'Only a referent of the sector that has taken the case in charge.',
  })
  draft(
    @Param() { id }: CaseIdParams,
    @Body() dto: DraftFinalReplyDto,
    @Command('draft-final-reply') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new DraftFinalReplyCommand(id, dto.text, context), context, { id, ...dto });
  }
}
