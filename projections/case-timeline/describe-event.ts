/**
 * One line of Italian per case event: what happened, as the office would write it in the
 * case file. Only facts the events carry in clear: personal texts (replies, questions,
 * notes) are shown beside the line, unsealed for those allowed to read them.
 */
import type { CaseEvent } from '../../src/contracts';
import { CHANNEL_PHRASES, italianDate, KIND_NAMES, OUTCOME_PHRASES } from './italian-terms';

export interface TitleLookups {
  /** The sector's name when the event happened (its id when unknown). */
  sectorName(sectorId: string): string;
  /** Another case's reference (its id when unknown). */
  caseReference(caseId: string): string;
}

export function describeCaseEvent(event: CaseEvent, lookups: TitleLookups): string {
  const sector = (sectorId: string) => `settore ${lookups.sectorName(sectorId)}`;
  const bySector = (sectorId: string | null) => (sectorId ? ` dal ${sector(sectorId)}` : '');
  switch (event.type) {
    case 'CaseReceived': {
      const { submittedBy, channel, kind } = event.data;
      const what = submittedBy === 'citizen' ? 'Pratica inviata dal cittadino' : 'Pratica ricevuta';
      return `${what} ${CHANNEL_PHRASES[channel]}${kind ? ` (${KIND_NAMES[kind]})` : ''}`;
    }
    case 'CaseAcknowledged':
      return `Conferma di ricezione con il numero ${event.data.reference} inviata al cittadino ${CHANNEL_PHRASES[event.data.channel]}`;
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
      return `Restituita all'URP dal ${sector(event.data.sectorId)}: ${event.data.reason}`;
    case 'CaseTakenInCharge':
      return `Presa in carico dal ${sector(event.data.sectorId)}`;
    case 'TakeChargeReminderSent':
      return `Sollecito n. ${event.data.reminderNumber} inviato al ${sector(event.data.sectorId)}${event.data.sentBy === 'process_manager' ? ' (automatico)' : ''}`;
    case 'FinalReplyDueSoon':
      return `Risposta definitiva in scadenza il ${italianDate(event.data.finalReplyDueDate)}`;
    case 'FinalReplyOverdue':
      return `Termine per la risposta definitiva scaduto il ${italianDate(event.data.finalReplyDueDate)}`;
    case 'CitizenInformationRequested':
      return `Richieste informazioni integrative al cittadino ${CHANNEL_PHRASES[event.data.channel]}: termine sospeso`;
    case 'CitizenInformationReceived':
      return `Informazioni integrative ricevute dal cittadino: termine ripreso, nuova scadenza ${italianDate(event.data.finalReplyDueDate)}`;
    case 'InterimReplySent':
      return `Risposta interlocutoria inviata${bySector(event.data.sentBy === 'sector' ? event.data.sectorId : null)} ${CHANNEL_PHRASES[event.data.channel]}`;
    case 'FinalReplyDeadlineExtended':
      return `Termine prorogato al ${italianDate(event.data.newDueDate)}: ${event.data.reason}`;
    case 'FinalReplyDrafted':
      return `Bozza della risposta definitiva predisposta dal ${sector(event.data.sectorId)}`;
    case 'FinalReplySent': {
      const late = event.data.withinDueDate ? '' : ' oltre il termine';
      return `Risposta definitiva inviata${bySector(event.data.repliedBy === 'sector' ? event.data.sectorId : null)} ${CHANNEL_PHRASES[event.data.channel]}${late}`;
    }
    case 'CaseClosed':
      return `Pratica chiusa ${OUTCOME_PHRASES[event.data.outcome]}`;
    case 'CaseReopened':
      return `Pratica riaperta: ${event.data.reason} (nuova scadenza ${italianDate(event.data.finalReplyDueDate)})`;
    case 'SatisfactionFeedbackGiven':
      return `Questionario di gradimento compilato: voto ${event.data.score} su 5`;
    case 'CaseMerged':
      return `Unita alla pratica ${lookups.caseReference(event.data.intoCaseId)} come duplicato`;
    case 'CaseUnmerged':
      return `Separata dalla pratica ${lookups.caseReference(event.data.fromCaseId)}`;
  }
}
