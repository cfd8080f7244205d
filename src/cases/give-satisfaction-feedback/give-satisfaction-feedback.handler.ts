import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { GiveSatisfactionFeedbackCommand } from './give-satisfaction-feedback.command';

@CommandHandler(GiveSatisfactionFeedbackCommand)
export class GiveSatisfactionFeedbackHandler implements ICommandHandler<GiveSatisfactionFeedbackCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, score, comment, context }: GiveSatisfactionFeedbackCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({
      type: 'GiveSatisfactionFeedback',
      caseId,
      ...envelope,
      score,
      comment,
    }));
  }
}
