/**
 * The user area's view of a case, built from its events (personal fields already opened)
 * and the decider's state: what the citizen was told, when, and what is expected of whom.
 */
import { CASE_KIND_IN_ITALIAN, descriptionWithoutTitle, type CaseEvent, type CaseKind, type CaseOutcome, type Instant, type RomeDate } from '../../contracts';
import { suspendedCalendarDays, type Case } from '../../domain';
import { attachmentViews } from '../../attachments/attachment.view';
import { ERASED_DISPLAY_TEXT, isErased } from '../../personal-data';
import { addCalendarDays } from '../../shared/rome-time';
import type { CitizenCaseView, CitizenMessageView } from './citizen-case.view';

const CLOSED_TEXT: Record<CaseOutcome, string> = {
  answered: 'Conclusa: le abbiamo inviato la risposta, che trova qui sotto.',
  directed_elsewhere: "Conclusa: la richiesta non è di competenza del Comune e le abbiamo indicato l'ente a cui rivolgersi.",
  withdrawn: 'Conclusa: la richiesta è stata ritirata.',
  no_reply_needed: 'Conclusa: grazie per la sua comunicazione, che abbiamo registrato e trasmesso agli uffici.',
};

/** '2026-03-02' -> '02/03/2026' */
export function italianDate(date: RomeDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

export function citizenCaseView(state: Case, events: readonly CaseEvent[], now: Instant): CitizenCaseView {
  const receipt = events.find((event) => event.type === 'CaseReceived');
  const suspendedSince = state.clock.suspendedSince;
  const open = state.status === 'received' || state.status === 'routed' || state.status === 'in_charge';
  // Waiting for the citizen, the date moves by each day waited: show the one that holds if they answer today.
  const expectedReplyDate = !open ? null : suspendedSince ? addCalendarDays(state.clock.dueDate, suspendedCalendarDays(suspendedSince, now)) : state.clock.dueDate;
  const pendingQuestion = suspendedSince ? lastQuestion(events) : null;
  return {
    reference: state.reference,
    state: state.status === 'closed' ? 'closed' : state.status === 'merged' ? 'merged' : suspendedSince ? 'awaiting_citizen' : 'in_progress',
    stateText: stateText(state, suspendedSince !== null),
    expectedReplyDate,
    expectedReplyText:
      expectedReplyDate === null
        ? null
        : suspendedSince
          ? `Il termine è sospeso finché non ci risponde: se risponde oggi, riceverà la risposta entro il ${italianDate(expectedReplyDate)}.`
          : `Riceverà la risposta entro il ${italianDate(expectedReplyDate)}.`,
    request: {
      kind: state.kind,
      kindLabel: state.kind ? CASE_KIND_IN_ITALIAN[state.kind] : null,
      subject: state.subject,
      title: receipt ? text(receipt.data.title) : null,
      description: receipt ? receivedText(receipt.data.description, receipt.data.title) : null,
      location: receipt ? text(receipt.data.location) : null,
      point: receipt?.data.point && !isErased(receipt.data.point) ? receipt.data.point : null,
      attachments:
        receipt?.data.attachments && !isErased(receipt.data.attachments)
          ? attachmentViews(receipt.data.attachments, `/api/v1/public/cases/${state.reference}/attachments`)
          : [],
      receivedAt: state.receivedAt,
    },
    messages: events.flatMap(messageOf),
    pendingQuestion,
    mayAnswerInformation: open && suspendedSince !== null,
    mayGiveFeedback: state.status === 'closed' && state.closure !== null && !state.closure.feedbackGiven,
  };
}

function stateText(state: Case, suspended: boolean): string {
  switch (state.status) {
    case 'closed':
      return CLOSED_TEXT[state.closure?.outcome ?? 'answered'];
    case 'merged':
      return 'Riunita a un’altra pratica sullo stesso problema: la risposta arriverà con quella.';
    default:
      if (suspended) return 'In attesa di una sua risposta: le abbiamo chiesto alcune informazioni per poter procedere.';
      if (state.status === 'received') return "Ricevuta: l'Ufficio Relazioni con il Pubblico sta esaminando la sua richiesta.";
      if (state.status === 'routed') return "Inoltrata all'ufficio comunale competente, che la prenderà in carico.";
      return "In lavorazione presso l'ufficio comunale competente.";
  }
}

function lastQuestion(events: readonly CaseEvent[]): string | null {
  const request = events.filter((event) => event.type === 'CitizenInformationRequested').at(-1);
  return request ? text(request.data.question) : null;
}

/** Only what was said to the citizen, or by them; routing notes, drafts and reminders are internal. */
function messageOf(event: CaseEvent): CitizenMessageView[] {
  const office = (title: string, sentAt: Instant, body: string | null): CitizenMessageView[] => [
    { kind: kindOf(event), from: 'office', title, sentAt, text: body },
  ];
  switch (event.type) {
    case 'CaseAcknowledged':
      return office(
        'Conferma di ricezione',
        event.data.acknowledgedAt,
        `La sua comunicazione è stata registrata con il numero di pratica ${event.data.reference}. ` +
          'La preghiamo di citarlo in ogni comunicazione successiva.',
      );
    case 'CitizenInformationRequested':
      return office('Richiesta di integrazione', event.data.requestedAt, text(event.data.question));
    case 'CitizenInformationReceived':
      return [{ kind: 'information_given', from: 'citizen', title: 'La sua risposta', sentAt: event.data.receivedAt, text: text(event.data.information) }];
    case 'InterimReplySent':
      return office('Risposta interlocutoria', event.data.sentAt, text(event.data.text));
    case 'FinalReplyDeadlineExtended':
      return office(
        `Proroga del termine al ${italianDate(event.data.newDueDate)}`,
        event.data.extendedAt,
        `Il termine per la risposta è prorogato dal ${italianDate(event.data.previousDueDate)} al ${italianDate(event.data.newDueDate)}. ` +
          `Motivo: ${text(event.data.reason)}`,
      );
    case 'FinalReplySent':
      return office('Risposta', event.data.sentAt, text(event.data.text));
    case 'CaseDirectedElsewhere':
      return office(`Indicazione dell'ente competente: ${event.data.otherBody}`, event.data.directedAt, text(event.data.message));
    case 'SatisfactionFeedbackGiven':
      return [
        {
          kind: 'feedback_given',
          from: 'citizen',
          title: `La sua valutazione: ${event.data.score} su 5`,
          sentAt: event.data.givenAt,
          text: event.data.comment === null ? null : text(event.data.comment),
        },
      ];
    default:
      return [];
  }
}

function kindOf(event: CaseEvent): CitizenMessageView['kind'] {
  const kinds: Partial<Record<CaseEvent['type'], CitizenMessageView['kind']>> = {
    CaseAcknowledged: 'acknowledgement',
    CitizenInformationRequested: 'information_request',
    InterimReplySent: 'interim_reply',
    FinalReplyDeadlineExtended: 'extension',
    FinalReplySent: 'final_reply',
    CaseDirectedElsewhere: 'directed_elsewhere',
  };
  return kinds[event.type] ?? 'acknowledgement';
}

/** The description as the citizen wrote it, without the copy of the title older portal cases carry. */
function receivedText(description: unknown, title: unknown): string | null {
  const opened = text(description);
  return opened === null || isErased(description) || typeof title !== 'string' ? opened : descriptionWithoutTitle(opened, title);
}

function text(value: unknown): string | null {
  if (isErased(value)) return ERASED_DISPLAY_TEXT;
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
