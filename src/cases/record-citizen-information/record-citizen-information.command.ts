import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class RecordCitizenInformationCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly information: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
