import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RecordCitizenInformationCommand } from './record-citizen-information.command';

@CommandHandler(RecordCitizenInformationCommand)
export class RecordCitizenInformationHandler implements ICommandHandler<RecordCitizenInformationCommand, CaseTransitionAnswer> {
  constructor(private readonly cases: CaseStreams) {}

  execute({ caseId, information, context }: RecordCitizenInformationCommand): Promise<CaseTransitionAnswer> {
    return this.cases.transition(caseId, context, (_, envelope) => ({ type: 'RecordCitizenInformation', caseId, ...envelope, information }));
  }
}
