import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { HandBackCaseCommand } from './hand-back-case.command';

@CommandHandler(HandBackCaseCommand)
export class HandBackCaseHandler implements ICommandHandler<HandBackCaseCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, reason, context }: HandBackCaseCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'HandBackCase', caseId, ...envelope, reason }));
  }
}
