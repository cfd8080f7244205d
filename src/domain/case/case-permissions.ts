/**
 * Who may issue each case command. Operators act for the URP; referents act for the sector
 * the case is routed to (checked by each command, against the routing); citizens register
 * their own cases online, answer requests for information and the survey; `system` is the deadline process manager.
 * Managers, auditors and admins appear nowhere: they never change a case.
 */
import type { ActorRole } from '../../contracts';
import { requireRole, type Actor } from '../shared/actor';
import type { CaseCommandType } from './case-commands';

export const CASE_COMMAND_ROLES: { readonly [Type in CaseCommandType]: readonly ActorRole[] } = {
  ReceiveCase: ['operator', 'citizen'],
  AcknowledgeCase: ['operator', 'system'],
  ClassifyCase: ['operator'],
  DirectCaseElsewhere: ['operator'],
  RouteCase: ['operator'],
  HandBackCase: ['referent'],
  TakeCaseInCharge: ['referent'],
  SendTakeChargeReminder: ['operator', 'system'],
  WarnFinalReplyDueSoon: ['system'],
  MarkFinalReplyOverdue: ['system'],
  RequestCitizenInformation: ['operator', 'referent'],
  // The citizen answers from the portal's user area, on their own case only (checked by the command).
  RecordCitizenInformation: ['operator', 'referent', 'citizen'],
  SendInterimReply: ['operator', 'referent'],
  ExtendFinalReplyDeadline: ['operator', 'referent'],
  DraftFinalReply: ['referent'],
  SendFinalReply: ['operator', 'referent'],
  CloseCase: ['operator'],
  ReopenCase: ['operator'],
  GiveSatisfactionFeedback: ['citizen', 'operator'],
  MergeCase: ['operator'],
  UnmergeCase: ['operator'],
  AttachDuplicate: ['operator'],
  DetachDuplicate: ['operator'],
};

export function requireCaseRole(command: { type: CaseCommandType; actor: Actor }): void {
  requireRole(command.actor, CASE_COMMAND_ROLES[command.type], command.type);
}
