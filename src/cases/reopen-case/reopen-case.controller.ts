import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ReopenCaseCommand } from './reopen-case.command';
import { ReopenCaseDto } from './reopen-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class ReopenCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('reopen', {
    command: 'ReopenCase',
    summary: 'Reopen a closed case',
    description: 'The case is with the URP again, with a new final-reply clock from today and the terms in force today.',
  })
  @CommandEndpoint('reopen-case')
  reopen(
    @Param() { id }: CaseIdParams,
    @Body() dto: ReopenCaseDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ReopenCaseCommand(id, dto.reason, context), context);
  }
}
