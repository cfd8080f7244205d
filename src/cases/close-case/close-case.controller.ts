import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseDto } from './close-case.dto';

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
  close(
    @Param() { id }: CaseIdParams,
    @Body() dto: CloseCaseDto,
    @Command('close-case') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new CloseCaseCommand(id, dto.outcome, context), context, { id, ...dto });
  }
}
