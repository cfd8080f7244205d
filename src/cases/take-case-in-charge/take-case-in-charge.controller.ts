import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { TakeCaseInChargeCommand } from './take-case-in-charge.command';
import { TakeCaseInChargeDto } from './take-case-in-charge.dto';

@ApiTags('cases')
@Controller('cases')
export class TakeCaseInChargeController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('take-charge', {
    command: 'TakeCaseInCharge',
    summary: 'The sector takes the case in charge (presa in carico)',
    description: 'Only a referent of the sector the case is routed to. Stops the take-charge clock and its reminders.',
  })
  takeCharge(
    @Param() { id }: CaseIdParams,
    @Body() dto: TakeCaseInChargeDto,
    @Command('take-case-in-charge') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new TakeCaseInChargeCommand(id, context), context, { id, ...dto });
  }
}
