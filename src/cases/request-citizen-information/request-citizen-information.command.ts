import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { Channel } from '../../contracts';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';

export class RequestCitizenInformationCommand extends Command<CaseTransitionAnswer> {
  constructor(
    readonly caseId: string,
    readonly question: string,
    readonly channel: Channel,
    readonly context: CommandContext,
  ) {
    super();
  }
}
