import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendTakeChargeReminderCommand } from './send-take-charge-reminder.command';
import { SendTakeChargeReminderDto } from './send-take-charge-reminder.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class SendTakeChargeReminderController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('reminders', {
    command: 'SendTakeChargeReminder',
    summary: 'Chase the sector that has not taken charge (sollecito)',
    description:
      'The deadline process manager sends reminders when due; an operator may send one at any time while the sector has not taken charge.',
  })
  @CommandEndpoint('send-take-charge-reminder')
  remind(
    @Param() { id }: CaseIdParams,
    @Body() dto: SendTakeChargeReminderDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new SendTakeChargeReminderCommand(id, context), context);
  }
}
