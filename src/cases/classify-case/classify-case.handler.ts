import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryDirectory } from '../../categories/category-directory';
import { ChannelPolicyDirectory } from '../../channel-policy/channel-policy-directory';
import { requireCategoryFor } from '../../domain';
import { romeDate } from '../../shared/rome-time';
import { CharterTerms } from '../lookups/charter-terms';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ClassifyCaseCommand } from './classify-case.command';

@CommandHandler(ClassifyCaseCommand)
export class ClassifyCaseHandler implements ICommandHandler<ClassifyCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly charter: CharterTerms,
    private readonly categories: CategoryDirectory,
    private readonly channelPolicy: ChannelPolicyDirectory,
  ) {}

  async execute({ caseId, kind, subject, context }: ClassifyCaseCommand): Promise<CaseTransitionAnswer> {
    const termsAt = await this.charter.lookup();
    const catalogue = await this.categories.catalogue();
    const acceptedAt = await this.channelPolicy.lookup();
    // The kind's terms in force when the final-reply clock started (receipt, or reopening).
    return this.cases.transition(caseId, context, (existing, envelope) => ({
      type: 'ClassifyCase',
      caseId,
      ...envelope,
      kind,
      subject,
      terms: termsAt(existing.clock.startDate, kind),
      // The catalogue as it reads today; the channel as it was when the case arrived.
      suggestedSectorId: subject === null ? null : requireCategoryFor(catalogue, subject, kind, romeDate(envelope.at)).defaultSectorId,
      acceptedKinds: acceptedAt(existing.channel, existing.receivedAt),
    }));
  }
}
