import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseStream, type CaseEvent } from '../../contracts';
import { caseDecider, DomainError, stateFrom } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { MergeCaseCommand } from './merge-case.command';
import { traceOnSurvivor } from './survivor-trace';

@CommandHandler(MergeCaseCommand)
export class MergeCaseHandler implements ICommandHandler<MergeCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ caseId, intoCaseId, context }: MergeCaseCommand): Promise<CaseTransitionAnswer> {
    await this.requireMergeTarget(intoCaseId);
    let reference = '';
    const merged = await this.cases.transition(caseId, context, (existing, envelope) => {
      reference = existing.reference;
      return { type: 'MergeCase', caseId, ...envelope, intoCaseId };
    });
    await traceOnSurvivor(this.cases, 'AttachDuplicate', intoCaseId, { caseId, reference }, context);
    return merged;
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
