import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CharterTerms } from '../lookups/charter-terms';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ClassifyCaseCommand } from './classify-case.command';

@CommandHandler(ClassifyCaseCommand)
export class ClassifyCaseHandler implements ICommandHandler<ClassifyCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly charter: CharterTerms,
  ) {}

  async execute({ caseId, kind, subject, context }: ClassifyCaseCommand): Promise<CaseTransitionAnswer> {
    const termsAt = await this.charter.lookup();
    // The kind's terms in force when the final-reply clock started (receipt, or reopening).
    return this.cases.transition(caseId, context, (existing, envelope) => ({
      type: 'ClassifyCase',
      caseId,
      ...envelope,
      kind,
      subject,
      terms: termsAt(existing.clock.startDate, kind),
    }));
  }
}
