import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { TakeCaseInChargeCommand } from './take-case-in-charge.command';

@CommandHandler(TakeCaseInChargeCommand)
export class TakeCaseInChargeHandler implements ICommandHandler<TakeCaseInChargeCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, context }: TakeCaseInChargeCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'TakeCaseInCharge', caseId, ...envelope }));
  }
}
