import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseAlarms, type CaseAlarmAnswer } from '../case-alarms';
import { MarkFinalReplyOverdueCommand } from './mark-final-reply-overdue.command';

@CommandHandler(MarkFinalReplyOverdueCommand)
export class MarkFinalReplyOverdueHandler implements ICommandHandler<MarkFinalReplyOverdueCommand, CaseAlarmAnswer> {
  constructor(private readonly alarms: CaseAlarms) {}

  execute({ caseId, context }: MarkFinalReplyOverdueCommand): Promise<CaseAlarmAnswer> {
    return this.alarms.record(caseId, context, (envelope) => ({ type: 'MarkFinalReplyOverdue', caseId, ...envelope }));
  }
}
