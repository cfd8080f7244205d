import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { romeDate } from '../../shared/rome-time';
import { CharterTerms } from '../lookups/charter-terms';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ReopenCaseCommand } from './reopen-case.command';

@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly charter: CharterTerms,
  ) {}

  async execute({ caseId, reason, context }: ReopenCaseCommand): Promise<CaseTransitionAnswer> {
    const termsAt = await this.charter.lookup();
    return this.cases.transition(caseId, context, (existing, envelope) => ({
      type: 'ReopenCase',
      caseId,
      ...envelope,
      reason,
      terms: termsAt(romeDate(envelope.at), existing.kind),
    }));
  }
}
