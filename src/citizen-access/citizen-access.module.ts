import { DynamicModule, Module, Type } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CitizenAttachmentsController } from '../attachments/citizen-attachments.controller';
import { AccessCodes } from './access-codes';
import { AnswerInformationController } from './answer-information/answer-information.controller';
import { CASE_REFERENCES, type CaseReferences } from './case-references';
import { CitizenCases } from './follow-case/citizen-cases';
import { FailedAttempts } from './follow-case/failed-attempts';
import { FollowCaseController } from './follow-case/follow-case.controller';
import { GiveFeedbackController } from './give-feedback/give-feedback.controller';

/**
 * The citizen's user area (public, no account): reference number + access code. Commands go
 * through the cases' own handlers on the command bus; needs the global event store, vault,
 * clock and configuration, and the read side's answer to the CaseReferences port.
 */
@Module({})
export class CitizenAccessModule {
  static register(options: { caseReferences: Type<CaseReferences> }): DynamicModule {
    return {
      module: CitizenAccessModule,
      imports: [AttachmentsModule],
      controllers: [FollowCaseController, AnswerInformationController, GiveFeedbackController, CitizenAttachmentsController],
      providers: [AccessCodes, CitizenCases, FailedAttempts, { provide: CASE_REFERENCES, useClass: options.caseReferences }],
      exports: [AccessCodes],
    };
  }
}
