import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { SendTakeChargeReminderCommand } from './send-take-charge-reminder.command';

@CommandHandler(SendTakeChargeReminderCommand)
export class SendTakeChargeReminderHandler implements ICommandHandler<SendTakeChargeReminderCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, context }: SendTakeChargeReminderCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'SendTakeChargeReminder', caseId, ...envelope }));
  }
}
