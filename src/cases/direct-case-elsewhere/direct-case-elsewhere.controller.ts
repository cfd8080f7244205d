import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { DirectCaseElsewhereCommand } from './direct-case-elsewhere.command';
import { DirectCaseElsewhereDto } from './direct-case-elsewhere.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class DirectCaseElsewhereController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('direct-elsewhere', {
    command: 'DirectCaseElsewhere',
    summary: 'Direct the citizen to the competent body, and close the case',
    description: 'For matters that are not the municipality’s. Not while a sector holds the case (it must hand it back first).',
  })
  @CommandEndpoint('direct-case-elsewhere')
  directElsewhere(
    @Param() { id }: CaseIdParams,
    @Body() dto: DirectCaseElsewhereDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new DirectCaseElsewhereCommand(id, dto.otherBody, dto.message, dto.channel, context), context);
  }
}
