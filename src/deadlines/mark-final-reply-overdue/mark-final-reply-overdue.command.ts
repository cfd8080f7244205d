import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseAlarmAnswer } from '../case-alarms';

/** The process manager notes that the final-reply due date passed. No controller: only the system sends it. */
export class MarkFinalReplyOverdueCommand extends Command<CaseAlarmAnswer> {
  constructor(
    readonly caseId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
