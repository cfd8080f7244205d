import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { ReopenCaseCommand } from './reopen-case.command';
import { ReopenCaseDto } from './reopen-case.dto';

@ApiTags('cases')
@Controller('cases')
export class ReopenCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('reopen', {
    command: 'ReopenCase',
    summary: 'Reopen a closed case',
    description: 'The case is with the URP again, with a new final-reply clock from today and the terms in force today.',
  })
  reopen(
    @Param() { id }: CaseIdParams,
    @Body() dto: ReopenCaseDto,
    @Command('reopen-case') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ReopenCaseCommand(id, dto.reason, context), context, { id, ...dto });
  }
}
