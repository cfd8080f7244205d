/**
 * One line of Italian per case event: what happened, as the office would write it in the
 * case file. Only facts the events carry in clear: personal texts (replies, questions,
 * notes, the hand-back, extension and reopening reasons) are shown beside the line,
 * unsealed for those allowed to read them, never in the title (a stored column).
 *
 * An event the outbox turns into an e-mail is described by its message wording: the title
 * says "da inviare" until the delivery is recorded, and "inviata" only after it
 * (message-delivery-titles.ts). An event that sends no e-mail never mentions one.
 */
import type { CaseEvent, Channel } from '../../src/read-side';
import { acknowledgedByEmail, citizenMessageSent } from '../outbox/message-rules';
import { CHANNEL_PHRASES, italianDate, KIND_NAMES, OUTCOME_PHRASES } from './italian-terms';
import { pendingTitle, type MessageWording } from './message-delivery-titles';

export interface TitleLookups {
  /** The sector's name when the event happened (its id when unknown). */
  sectorName(sectorId: string): string;
  /** Another case's reference (its id when unknown). */
  caseReference(caseId: string): string;
  /** Whether the citizen gave an e-mail address (the acknowledgement went by e-mail). */
  citizenHasEmail(caseId: string): boolean;
}

export interface EventDescription {
  title: string;
  /** How the e-mail this event sends is named; null when it sends none. */
  message: MessageWording | null;
}

export function describeCaseEvent(event: CaseEvent, lookups: TitleLookups): EventDescription {
  const message = describeMessage(event, lookups);
  return message ? { title: pendingTitle(message), message } : { title: describeFact(event, lookups), message: null };
}

const sectorOf = (lookups: TitleLookups) => (sectorId: string) => `settore ${lookups.sectorName(sectorId)}`;

/** How a message to the citizen is addressed: the office's PEC goes through the same transport. */
function toCitizen(channel: Channel | undefined): string {
  return `al cittadino ${channel === 'pec' ? 'via PEC' : 'via e-mail'}`;
}

/** A reply the outbox does not mail: given on its channel, or recorded when no address is known. */
function notMailed(channel: Channel, feminine: boolean): string {
  if (channel === 'email' || channel === 'pec') return `registrat${feminine ? 'a' : 'o'} senza invio per e-mail (il cittadino non ha indicato un indirizzo e-mail)`;
  return `comunicat${feminine ? 'a' : 'o'} al cittadino ${CHANNEL_PHRASES[channel]}`;
}

function describeMessage(event: CaseEvent, lookups: TitleLookups): MessageWording | null {
  const sector = sectorOf(lookups);
  const mailsCitizen = (channel: unknown) => citizenMessageSent(event.type, channel, lookups.citizenHasEmail(event.data.caseId));
  const ofSector = (sectorId: string | null) => (sectorId ? ` del ${sector(sectorId)}` : '');
  switch (event.type) {
    case 'CaseAcknowledged':
      if (!acknowledgedByEmail(event.data.channel)) return null;
      return { before: `Conferma di ricezione con il numero ${event.data.reference}`, feminine: true, recipient: toCitizen(event.data.channel), after: '' };
    case 'CitizenInformationRequested':
      if (!mailsCitizen(event.data.channel)) return null;
      return { before: 'Richiesta di informazioni integrative', feminine: true, recipient: toCitizen(event.data.channel), after: '; termine sospeso' };
    case 'InterimReplySent':
      if (!mailsCitizen(event.data.channel)) return null;
      return { before: `Risposta interlocutoria${ofSector(event.data.sentBy === 'sector' ? event.data.sectorId : null)}`, feminine: true, recipient: toCitizen(event.data.channel), after: '' };
    case 'FinalReplySent':
      if (!mailsCitizen(event.data.channel)) return null;
      return {
        before: `Risposta definitiva${ofSector(event.data.repliedBy === 'sector' ? event.data.sectorId : null)}`,
        feminine: true,
        recipient: toCitizen(event.data.channel),
        after: event.data.withinDueDate ? '' : ', oltre il termine',
      };
    case 'FinalReplyDeadlineExtended':
      if (!mailsCitizen(undefined)) return null;
      return { before: `${describeFact(event, lookups)} — comunicazione`, feminine: true, recipient: toCitizen(undefined), after: '' };
    case 'CaseClosed':
      if (!mailsCitizen(undefined)) return null;
      return { before: `${describeFact(event, lookups)} — invito al questionario di gradimento`, feminine: false, recipient: toCitizen(undefined), after: '' };
    case 'CaseRouted':
    case 'CaseHandedBack':
      return { before: `${describeFact(event, lookups)} — comunicazione`, feminine: true, recipient: 'ai referenti del settore via e-mail', after: '' };
    case 'TakeChargeReminderSent': {
      const automatic = event.data.sentBy === 'process_manager' ? ' automatico' : '';
      return { before: `Sollecito${automatic} n. ${event.data.reminderNumber}`, feminine: false, recipient: `al ${sector(event.data.sectorId)} via e-mail`, after: '' };
    }
    default:
      return null;
  }
}

function describeFact(event: CaseEvent, lookups: TitleLookups): string {
  const sector = sectorOf(lookups);
  const ofSector = (sectorId: string | null) => (sectorId ? ` del ${sector(sectorId)}` : '');
  switch (event.type) {
    case 'CaseReceived': {
      const { submittedBy, channel, kind } = event.data;
      const what = submittedBy === 'citizen' ? 'Pratica inviata dal cittadino' : 'Pratica ricevuta';
      return `${what} ${CHANNEL_PHRASES[channel]}${kind ? ` (${KIND_NAMES[kind]})` : ''}`;
    }
    case 'CaseAcknowledged':
      return `Conferma di ricezione con il numero ${event.data.reference} ${notMailed(event.data.channel, true)}`;
    case 'CaseClassified':
      return `Pratica classificata come ${KIND_NAMES[event.data.kind]}`;
    case 'CaseReclassified':
      return event.data.kind === event.data.previousKind
        ? 'Argomento della pratica corretto'
        : `Pratica riclassificata da ${KIND_NAMES[event.data.previousKind]} a ${KIND_NAMES[event.data.kind]}`;
    case 'CaseDirectedElsewhere':
      return `Cittadino indirizzato a ${event.data.otherBody} ${CHANNEL_PHRASES[event.data.channel]}`;
    case 'CaseRouted': {
      const { previousSectorId, sectorId, takeChargeDueDate } = event.data;
      const routed = previousSectorId ? `Riassegnata dal ${sector(previousSectorId)} al ${sector(sectorId)}` : `Assegnata al ${sector(sectorId)}`;
      return `${routed} (presa in carico entro il ${italianDate(takeChargeDueDate)})`;
    }
    case 'CaseHandedBack':
      return `Restituita all'URP dal ${sector(event.data.sectorId)}`;
    case 'CaseTakenInCharge':
      return `Presa in carico dal ${sector(event.data.sectorId)}`;
    case 'TakeChargeReminderSent':
      return `Sollecito${event.data.sentBy === 'process_manager' ? ' automatico' : ''} n. ${event.data.reminderNumber} al ${sector(event.data.sectorId)}`;
    case 'FinalReplyDueSoon':
      return `Risposta definitiva in scadenza il ${italianDate(event.data.finalReplyDueDate)}`;
    case 'FinalReplyOverdue':
      return `Termine per la risposta definitiva scaduto il ${italianDate(event.data.finalReplyDueDate)}`;
    case 'CitizenInformationRequested':
      return `Richiesta di informazioni integrative ${notMailed(event.data.channel, true)}; termine sospeso`;
    case 'CitizenInformationReceived':
      return `Informazioni integrative ricevute dal cittadino: termine ripreso, nuova scadenza ${italianDate(event.data.finalReplyDueDate)}`;
    case 'InterimReplySent':
      return `Risposta interlocutoria${ofSector(event.data.sentBy === 'sector' ? event.data.sectorId : null)} ${notMailed(event.data.channel, true)}`;
    case 'FinalReplyDeadlineExtended':
      return `Termine prorogato al ${italianDate(event.data.newDueDate)}`;
    case 'FinalReplyDrafted':
      return `Bozza della risposta definitiva predisposta dal ${sector(event.data.sectorId)}`;
    case 'FinalReplySent': {
      const late = event.data.withinDueDate ? '' : ', oltre il termine';
      return `Risposta definitiva${ofSector(event.data.repliedBy === 'sector' ? event.data.sectorId : null)} ${notMailed(event.data.channel, true)}${late}`;
    }
    case 'CaseClosed':
      return `Pratica chiusa ${OUTCOME_PHRASES[event.data.outcome]}`;
    case 'CaseReopened':
      return `Pratica riaperta (nuova scadenza ${italianDate(event.data.finalReplyDueDate)})`;
    case 'SatisfactionFeedbackGiven':
      return `Questionario di gradimento compilato: voto ${event.data.score} su 5`;
    case 'CaseMerged':
      return `Unita alla pratica ${lookups.caseReference(event.data.intoCaseId)} come duplicato`;
    case 'CaseUnmerged':
      return `Separata dalla pratica ${lookups.caseReference(event.data.fromCaseId)}`;
    case 'CaseDuplicateAttached':
      return `Unita a questa pratica la pratica ${event.data.duplicateReference}, che segnala lo stesso problema`;
    case 'CaseDuplicateDetached':
      return `Separata da questa pratica la pratica ${event.data.duplicateReference}`;
  }
}
