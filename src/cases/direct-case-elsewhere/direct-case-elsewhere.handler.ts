import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { DirectCaseElsewhereCommand } from './direct-case-elsewhere.command';

@CommandHandler(DirectCaseElsewhereCommand)
export class DirectCaseElsewhereHandler implements ICommandHandler<DirectCaseElsewhereCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, otherBody, message, channel, context }: DirectCaseElsewhereCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({
      type: 'DirectCaseElsewhere',
      caseId,
      ...envelope,
      otherBody,
      message,
      channel,
    }));
  }
}
