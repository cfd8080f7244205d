import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { DirectCaseElsewhereCommand } from './direct-case-elsewhere.command';
import { DirectCaseElsewhereDto } from './direct-case-elsewhere.dto';

@ApiTags('cases')
@Controller('cases')
export class DirectCaseElsewhereController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('direct-elsewhere', {
    command: 'DirectCaseElsewhere',
    summary: 'Direct the citizen to the competent body, and close the case',
    description: 'For matters that are not the municipality’s. Not while a sector holds the case (it must hand it back first).',
  })
  directElsewhere(
    @Param() { id }: CaseIdParams,
    @Body() dto: DirectCaseElsewhereDto,
    @Command('direct-case-elsewhere') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new DirectCaseElsewhereCommand(id, dto.otherBody, dto.message, dto.channel, context), context, { id, ...dto });
  }
}
