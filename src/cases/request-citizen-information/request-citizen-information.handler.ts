import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RequestCitizenInformationCommand } from './request-citizen-information.command';

@CommandHandler(RequestCitizenInformationCommand)
export class RequestCitizenInformationHandler implements ICommandHandler<RequestCitizenInformationCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, question, channel, context }: RequestCitizenInformationCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({
      type: 'RequestCitizenInformation',
      caseId,
      ...envelope,
      question,
      channel,
    }));
  }
}
