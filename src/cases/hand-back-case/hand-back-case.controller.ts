import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { HandBackCaseCommand } from './hand-back-case.command';
import { HandBackCaseDto } from './hand-back-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class HandBackCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('hand-back', {
    command: 'HandBackCase',
    summary: 'The sector hands the case back as not its own',
    description: 'Only a referent of the sector the case is routed to. The case is with the URP again, to be routed again.',
  })
  @CommandEndpoint('hand-back-case')
  handBack(@Param() { id }: CaseIdParams, @Body() dto: HandBackCaseDto, @Command() context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new HandBackCaseCommand(id, dto.reason, context), context);
  }
}
