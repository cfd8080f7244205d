import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { UnmergeCaseCommand } from './unmerge-case.command';

@CommandHandler(UnmergeCaseCommand)
export class UnmergeCaseHandler implements ICommandHandler<UnmergeCaseCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, context }: UnmergeCaseCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'UnmergeCase', caseId, ...envelope }));
  }
}
