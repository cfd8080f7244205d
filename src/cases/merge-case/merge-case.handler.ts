import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseStream, type CaseEvent } from '../../contracts';
import type { DecisionResult } from '../../command-handling/decide-and-append';
import { caseDecider, DomainError, stateFrom, type CaseState } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CaseStreams, transitionAnswer } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { MergeCaseCommand } from './merge-case.command';
import { completeLastTrace, traceDecision } from './survivor-trace';

@CommandHandler(MergeCaseCommand)
export class MergeCaseHandler implements ICommandHandler<MergeCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ caseId, intoCaseId, context }: MergeCaseCommand): Promise<CaseTransitionAnswer> {
    await this.requireMergeTarget(intoCaseId);
    const envelope = this.cases.envelopeFor(context);
    let result: DecisionResult<CaseState, CaseEvent>;
    try {
      result = await this.cases.decide(caseId, context, () => ({ type: 'MergeCase', caseId, ...envelope, intoCaseId }));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CASE_MERGED') await completeLastTrace(this.store, this.cases, caseId, context);
      throw error;
    }
    await traceDecision(this.cases, result, context);
    return transitionAnswer(caseId, result);
  }

  /**
   * The case decider sees one stream: that the other case exists, and is not itself a
   * duplicate (a chain would hide where the matter is handled), is checked here.
   */
  private async requireMergeTarget(intoCaseId: string): Promise<void> {
    const events = await this.store.readStream(caseStream(intoCaseId));
    const target = stateFrom(caseDecider, events.map((event) => ({ type: event.type, data: event.data }) as CaseEvent));
    if (target.status === 'none') {
      throw new DomainError('CASE_NOT_FOUND', `Case ${intoCaseId} does not exist`, { caseId: intoCaseId, field: 'intoCaseId' });
    }
    if (target.status === 'merged') {
      throw new DomainError('CASE_MERGED', `Case ${intoCaseId} is itself merged into ${target.merge?.intoCaseId}: merge into that one`, {
        caseId: intoCaseId,
        intoCaseId: target.merge?.intoCaseId,
        field: 'intoCaseId',
      });
    }
  }
}
