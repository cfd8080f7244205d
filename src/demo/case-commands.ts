/**
 * One planned step as the case command the real handler runs. Each command carries an
 * Idempotency-Key made of the run and the step, so event ids are deterministic and a
 * rerun of the same run finds every command applied.
 */
import type { Command } from '@nestjs/cqrs';
import { ClassifyCaseCommand } from '../cases/classify-case/classify-case.command';
import { CloseCaseCommand } from '../cases/close-case/close-case.command';
import { DirectCaseElsewhereCommand } from '../cases/direct-case-elsewhere/direct-case-elsewhere.command';
import { DraftFinalReplyCommand } from '../cases/draft-final-reply/draft-final-reply.command';
import { ExtendFinalReplyDeadlineCommand } from '../cases/extend-final-reply-deadline/extend-final-reply-deadline.command';
import { GiveSatisfactionFeedbackCommand } from '../cases/give-satisfaction-feedback/give-satisfaction-feedback.command';
import { HandBackCaseCommand } from '../cases/hand-back-case/hand-back-case.command';
import { MergeCaseCommand } from '../cases/merge-case/merge-case.command';
import { RecordCitizenInformationCommand } from '../cases/record-citizen-information/record-citizen-information.command';
import { RegisterCaseCommand } from '../cases/register-case/register-case.command';
import { ReopenCaseCommand } from '../cases/reopen-case/reopen-case.command';
import { RequestCitizenInformationCommand } from '../cases/request-citizen-information/request-citizen-information.command';
import { RouteCaseCommand } from '../cases/route-case/route-case.command';
import { SendFinalReplyCommand } from '../cases/send-final-reply/send-final-reply.command';
import { SendInterimReplyCommand } from '../cases/send-interim-reply/send-interim-reply.command';
import { SendTakeChargeReminderCommand } from '../cases/send-take-charge-reminder/send-take-charge-reminder.command';
import { TakeCaseInChargeCommand } from '../cases/take-case-in-charge/take-case-in-charge.command';
import { SYSTEM_ACTOR } from '../command-handling/command-context';
import type { CommandContext } from '../command-handling/command-context';
import type { RomeDate } from '../shared/rome-time';
import type { OfficeActor, PlannedStep } from './case-actions';
import { demoSector, type DemoSectorSlug } from './demo-organisation';
import type { DemoOrganisation } from './seed-demo-organisation';

/** What the runner knows when a step runs: the case, and the ids only known by then. */
export interface StepSituation {
  /** Null before registration. */
  caseId: string | null;
  /** The case a duplicate merges into. */
  intoCaseId: string | null;
  /** For an extension: the new due date, computed from the case as it is. */
  newDueDate: RomeDate | null;
  /** The pseudonymous id of the case's citizen, for answers the citizen gives online. */
  citizenId: string | null;
}

export type DemoCommand = Command<{ id: string; revision: number }>;

export function commandFor(step: PlannedStep, situation: StepSituation, organisation: DemoOrganisation, runKey: string): DemoCommand {
  const { action } = step;
  // Steps run in story order and a dropped case runs no more steps: only registration comes without an id.
  if (action.type !== 'register' && situation.caseId === null) throw new Error(`Demo case ${step.caseNo} has no id before ${action.type}`);
  const caseId = situation.caseId!;
  const context = (actor: CommandContext['actor']): CommandContext => ({
    commandName: `demo-${action.type}`,
    actor,
    correlationId: `${runKey}:${step.caseNo}`,
    idempotencyKey: `${runKey}:${step.caseNo}:${step.order}`,
  });
  const operator = { id: organisation.operator.id, role: 'operator' as const };
  const office = (by: OfficeActor) => (by === 'urp' ? operator : referent(organisation, by));

  switch (action.type) {
    case 'register':
      return new RegisterCaseCommand(action.contact, context(action.byCitizen ? citizen(situation) : operator));
    case 'classify':
      return new ClassifyCaseCommand(caseId, action.kind, action.subject, context(operator));
    case 'route':
      return new RouteCaseCommand(caseId, demoSector(action.sector).id, action.note, context(operator));
    case 'hand-back':
      return new HandBackCaseCommand(caseId, action.reason, context(referent(organisation, action.sector)));
    case 'take-charge':
      return new TakeCaseInChargeCommand(caseId, context(referent(organisation, action.sector)));
    case 'remind':
      return new SendTakeChargeReminderCommand(caseId, context(action.bySystem ? SYSTEM_ACTOR : operator));
    case 'request-information':
      return new RequestCitizenInformationCommand(caseId, action.question, action.channel, context(office(action.by)));
    case 'record-information':
      return new RecordCitizenInformationCommand(caseId, action.information, context(office(action.by)));
    case 'interim-reply':
      return new SendInterimReplyCommand(caseId, action.text, action.channel, context(office(action.by)));
    case 'extend':
      return new ExtendFinalReplyDeadlineCommand(caseId, situation.newDueDate!, action.reason, context(office(action.by)));
    case 'draft':
      return new DraftFinalReplyCommand(caseId, action.text, context(referent(organisation, action.sector)));
    case 'final-reply':
      return new SendFinalReplyCommand(caseId, action.text, action.channel, context(office(action.by)));
    case 'direct-elsewhere':
      return new DirectCaseElsewhereCommand(caseId, action.otherBody, action.message, action.channel, context(operator));
    case 'close':
      return new CloseCaseCommand(caseId, action.outcome, context(operator));
    case 'reopen':
      return new ReopenCaseCommand(caseId, action.reason, context(operator));
    case 'feedback':
      return new GiveSatisfactionFeedbackCommand(caseId, action.score, action.comment, context(action.byCitizen ? citizen(situation) : operator));
    case 'merge':
      return new MergeCaseCommand(caseId, situation.intoCaseId!, context(operator));
  }
}

function referent(organisation: DemoOrganisation, slug: DemoSectorSlug): CommandContext['actor'] {
  const user = organisation.referentOf(slug);
  return { id: user.id, role: 'referent' as const, sectorId: user.sectorId };
}

/** The citizen acts under their pseudonymous id, as the portal makes them. */
function citizen(situation: StepSituation): CommandContext['actor'] {
  if (!situation.citizenId) throw new Error('A step by the citizen needs the citizen id');
  return { id: situation.citizenId, role: 'citizen' as const };
}
