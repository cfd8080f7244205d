import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ExtendFinalReplyDeadlineCommand } from './extend-final-reply-deadline.command';
import { ExtendFinalReplyDeadlineDto } from './extend-final-reply-deadline.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class ExtendFinalReplyDeadlineController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('extensions', {
    command: 'ExtendFinalReplyDeadline',
    summary: 'Extend the final-reply deadline (proroga motivata)',
    description:
      'The new date and the reason are told to the citizen. The date must be later than the current due date; not while waiting for the citizen.',
  })
  @CommandEndpoint('extend-final-reply-deadline')
  extend(
    @Param() { id }: CaseIdParams,
    @Body() dto: ExtendFinalReplyDeadlineDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ExtendFinalReplyDeadlineCommand(id, dto.newDueDate, dto.reason ?? '', context), context);
  }
}
