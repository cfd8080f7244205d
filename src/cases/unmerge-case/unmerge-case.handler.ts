import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { UnmergeCaseCommand } from './unmerge-case.command';
import { traceOnSurvivor } from '../merge-case/survivor-trace';

@CommandHandler(UnmergeCaseCommand)
export class UnmergeCaseHandler implements ICommandHandler<UnmergeCaseCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  async execute({ caseId, context }: UnmergeCaseCommand): Promise<CaseTransitionAnswer> {
    let duplicate: { caseId: string; reference: string; survivorId: string | null } = { caseId, reference: '', survivorId: null };
    const unmerged = await this.cases.transition(caseId, context, (existing, envelope) => {
      duplicate = { caseId, reference: existing.reference, survivorId: existing.merge?.intoCaseId ?? null };
      return { type: 'UnmergeCase', caseId, ...envelope };
    });
    if (duplicate.survivorId) await traceOnSurvivor(this.cases, 'DetachDuplicate', duplicate.survivorId, duplicate, context);
    return unmerged;
  }
}
