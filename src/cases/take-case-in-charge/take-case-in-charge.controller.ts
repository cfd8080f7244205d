import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { TakeCaseInChargeCommand } from './take-case-in-charge.command';
import { TakeCaseInChargeDto } from './take-case-in-charge.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class TakeCaseInChargeController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('take-charge', {
    command: 'TakeCaseInCharge',
    summary: 'The sector takes the case in charge (presa in carico)',
    description: 'Only a referent of the sector the case is routed to. Stops the take-charge clock and its reminders.',
  })
  @CommandEndpoint('take-case-in-charge')
  takeCharge(
    @Param() { id }: CaseIdParams,
    @Body() dto: TakeCaseInChargeDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new TakeCaseInChargeCommand(id, context), context);
  }
}
