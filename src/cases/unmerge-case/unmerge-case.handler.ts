import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecisionResult } from '../../command-handling/decide-and-append';
import type { CaseEvent } from '../../contracts';
import { DomainError, type CaseState } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { completeLastTrace, traceDecision } from '../merge-case/survivor-trace';
import { CaseStreams, transitionAnswer } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { UnmergeCaseCommand } from './unmerge-case.command';

@CommandHandler(UnmergeCaseCommand)
export class UnmergeCaseHandler implements ICommandHandler<UnmergeCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ caseId, context }: UnmergeCaseCommand): Promise<CaseTransitionAnswer> {
    const envelope = this.cases.envelopeFor(context);
    let result: DecisionResult<CaseState, CaseEvent>;
    try {
      result = await this.cases.decide(caseId, context, () => ({ type: 'UnmergeCase', caseId, ...envelope }));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CASE_NOT_MERGED') await completeLastTrace(this.store, this.cases, caseId, context);
      throw error;
    }
    await traceDecision(this.cases, result, context);
    return transitionAnswer(caseId, result);
  }
}
