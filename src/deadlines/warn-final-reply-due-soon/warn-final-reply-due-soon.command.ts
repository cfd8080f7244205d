import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseAlarmAnswer } from '../case-alarms';

/** The process manager notes that the final reply is due soon. No controller: only the system sends it. */
export class WarnFinalReplyDueSoonCommand extends Command<CaseAlarmAnswer> {
  constructor(
    readonly caseId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
