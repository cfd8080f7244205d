import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseDto } from './close-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class CloseCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('close', {
    command: 'CloseCase',
    summary: 'Close a case without a final reply',
    description:
      "'withdrawn' when the citizen withdrew; 'no_reply_needed' for an appreciation. Other cases close through their final reply.",
  })
  @CommandEndpoint('close-case')
  close(
    @Param() { id }: CaseIdParams,
    @Body() dto: CloseCaseDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new CloseCaseCommand(id, dto.outcome, context), context);
  }
}
