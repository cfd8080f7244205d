import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ClassifyCaseController } from './classify-case/classify-case.controller';
import { ClassifyCaseHandler } from './classify-case/classify-case.handler';
import { CloseCaseController } from './close-case/close-case.controller';
import { CloseCaseHandler } from './close-case/close-case.handler';
import { DirectCaseElsewhereController } from './direct-case-elsewhere/direct-case-elsewhere.controller';
import { DirectCaseElsewhereHandler } from './direct-case-elsewhere/direct-case-elsewhere.handler';
import { DraftFinalReplyController } from './draft-final-reply/draft-final-reply.controller';
import { DraftFinalReplyHandler } from './draft-final-reply/draft-final-reply.handler';
import { ExtendFinalReplyDeadlineController } from './extend-final-reply-deadline/extend-final-reply-deadline.controller';
import { ExtendFinalReplyDeadlineHandler } from './extend-final-reply-deadline/extend-final-reply-deadline.handler';
import { GiveSatisfactionFeedbackController } from './give-satisfaction-feedback/give-satisfaction-feedback.controller';
import { GiveSatisfactionFeedbackHandler } from './give-satisfaction-feedback/give-satisfaction-feedback.handler';
import { HandBackCaseController } from './hand-back-case/hand-back-case.controller';
import { HandBackCaseHandler } from './hand-back-case/hand-back-case.handler';
import { CategoriesModule } from '../categories/categories.module';
import { ChannelPolicyModule } from '../channel-policy/channel-policy.module';
import { AccessCodes } from '../citizen-access/access-codes';
import { CharterTerms } from './lookups/charter-terms';
import { SectorDirectory } from './lookups/sector-directory';
import { MergeCaseController } from './merge-case/merge-case.controller';
import { MergeCaseHandler } from './merge-case/merge-case.handler';
import { RecordCitizenInformationController } from './record-citizen-information/record-citizen-information.controller';
import { RecordCitizenInformationHandler } from './record-citizen-information/record-citizen-information.handler';
import { RegisterCaseOnlineController } from './register-case-online/register-case-online.controller';
import { ReferenceNumbers } from './register-case/reference-numbers';
import { RegisterCaseController } from './register-case/register-case.controller';
import { RegisterCaseHandler } from './register-case/register-case.handler';
import { ReopenCaseController } from './reopen-case/reopen-case.controller';
import { ReopenCaseHandler } from './reopen-case/reopen-case.handler';
import { RequestCitizenInformationController } from './request-citizen-information/request-citizen-information.controller';
import { RequestCitizenInformationHandler } from './request-citizen-information/request-citizen-information.handler';
import { RouteCaseController } from './route-case/route-case.controller';
import { RouteCaseHandler } from './route-case/route-case.handler';
import { SendFinalReplyController } from './send-final-reply/send-final-reply.controller';
import { SendFinalReplyHandler } from './send-final-reply/send-final-reply.handler';
import { SendInterimReplyController } from './send-interim-reply/send-interim-reply.controller';
import { SendInterimReplyHandler } from './send-interim-reply/send-interim-reply.handler';
import { SendTakeChargeReminderController } from './send-take-charge-reminder/send-take-charge-reminder.controller';
import { SendTakeChargeReminderHandler } from './send-take-charge-reminder/send-take-charge-reminder.handler';
import { CaseStreams } from './shared/case-streams';
import { TakeCaseInChargeController } from './take-case-in-charge/take-case-in-charge.controller';
import { TakeCaseInChargeHandler } from './take-case-in-charge/take-case-in-charge.handler';
import { UnmergeCaseController } from './unmerge-case/unmerge-case.controller';
import { UnmergeCaseHandler } from './unmerge-case/unmerge-case.handler';

/**
 * The command side of cases: one slice per thing that can happen to a case, each with its
 * controller and handler. Needs from global modules: the event store, the clock, the CQRS
 * buses, the shared write path (DecideAndAppend, IdempotentAnswers) and personal data
 * (CitizenIds, PersonalDataVault).
 */
@Module({
  imports: [AttachmentsModule, CategoriesModule, ChannelPolicyModule],
  controllers: [
    RegisterCaseController,
    RegisterCaseOnlineController,
    ClassifyCaseController,
    DirectCaseElsewhereController,
    RouteCaseController,
    HandBackCaseController,
    TakeCaseInChargeController,
    SendTakeChargeReminderController,
    RequestCitizenInformationController,
    RecordCitizenInformationController,
    SendInterimReplyController,
    ExtendFinalReplyDeadlineController,
    DraftFinalReplyController,
    SendFinalReplyController,
    CloseCaseController,
    ReopenCaseController,
    GiveSatisfactionFeedbackController,
    MergeCaseController,
    UnmergeCaseController,
  ],
  providers: [
    AccessCodes,
    CaseStreams,
    CharterTerms,
    SectorDirectory,
    ReferenceNumbers,
    RegisterCaseHandler,
    ClassifyCaseHandler,
    DirectCaseElsewhereHandler,
    RouteCaseHandler,
    HandBackCaseHandler,
    TakeCaseInChargeHandler,
    SendTakeChargeReminderHandler,
    RequestCitizenInformationHandler,
    RecordCitizenInformationHandler,
    SendInterimReplyHandler,
    ExtendFinalReplyDeadlineHandler,
    DraftFinalReplyHandler,
    SendFinalReplyHandler,
    CloseCaseHandler,
    ReopenCaseHandler,
    GiveSatisfactionFeedbackHandler,
    MergeCaseHandler,
    UnmergeCaseHandler,
  ],
})
export class CasesModule {}
