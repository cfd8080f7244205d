import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { HandBackCaseCommand } from './hand-back-case.command';
import { HandBackCaseDto } from './hand-back-case.dto';

@ApiTags('cases')
@Controller('cases')
export class HandBackCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('hand-back', {
    command: 'HandBackCase',
    summary: 'The sector hands the case back as not its own',
    description: 'Only a referent of the sector the case is routed to. The case is with the URP again, to be routed again.',
  })
  handBack(@Param() { id }: CaseIdParams, @Body() dto: HandBackCaseDto, @Command('hand-back-case') context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new HandBackCaseCommand(id, dto.reason, context), context, { id, ...dto });
  }
}
