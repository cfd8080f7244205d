import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseAlarms, type CaseAlarmAnswer } from '../case-alarms';
import { WarnFinalReplyDueSoonCommand } from './warn-final-reply-due-soon.command';

@CommandHandler(WarnFinalReplyDueSoonCommand)
export class WarnFinalReplyDueSoonHandler implements ICommandHandler<WarnFinalReplyDueSoonCommand, CaseAlarmAnswer> {
  constructor(private readonly alarms: CaseAlarms) {}

  execute({ caseId, context }: WarnFinalReplyDueSoonCommand): Promise<CaseAlarmAnswer> {
    return this.alarms.record(caseId, context, (envelope) => ({ type: 'WarnFinalReplyDueSoon', caseId, ...envelope }));
  }
}
