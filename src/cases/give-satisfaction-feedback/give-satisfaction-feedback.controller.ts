import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { GiveSatisfactionFeedbackCommand } from './give-satisfaction-feedback.command';
import { GiveSatisfactionFeedbackDto } from './give-satisfaction-feedback.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class GiveSatisfactionFeedbackController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('feedback', {
    command: 'GiveSatisfactionFeedback',
    summary: "Record the citizen's answer to the satisfaction survey",
    description: 'Once per closure: a case reopened and closed again may be rated again.',
  })
  @CommandEndpoint('give-satisfaction-feedback')
  giveFeedback(
    @Param() { id }: CaseIdParams,
    @Body() dto: GiveSatisfactionFeedbackDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new GiveSatisfactionFeedbackCommand(id, dto.score, dto.comment ?? null, context), context);
  }
}
