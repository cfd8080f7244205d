/** The words the timeline uses for the contracts' codes, as citizens and staff read them. */
import type { CaseKind, CaseOutcome, Channel, RomeDate } from '../../src/read-side';

/** How something came or went through a channel: "Pratica ricevuta allo sportello". */
export const CHANNEL_PHRASES: Record<Channel, string> = {
  counter: 'allo sportello',
  phone: 'per telefono',
  toll_free: 'al numero verde',
  email: 'via e-mail',
  pec: 'via PEC',
  web: 'tramite il portale web',
  postal_mail: 'per posta',
  facebook: 'via Facebook',
  instagram: 'via Instagram',
  x: 'via X',
  youtube: 'via YouTube',
  whatsapp: 'via WhatsApp',
  telegram: 'via Telegram',
  web_chat: 'tramite la chat web',
  video_call: 'in videochiamata',
  mayor_line: 'tramite Pronto Sindaco',
};

export const KIND_NAMES: Record<CaseKind, string> = {
  report: 'segnalazione',
  complaint: 'reclamo',
  suggestion: 'suggerimento',
  appreciation: 'apprezzamento',
  information_request: 'richiesta di informazioni',
  civic_access: 'accesso civico',
};

/** Completes "Pratica chiusa …". */
export const OUTCOME_PHRASES: Record<CaseOutcome, string> = {
  answered: 'con risposta definitiva',
  directed_elsewhere: 'perché di competenza di altro ente',
  withdrawn: 'per ritiro da parte del cittadino',
  no_reply_needed: 'senza necessità di risposta',
};

/** 'YYYY-MM-DD' as Italians write it: 15/04/2026. */
export function italianDate(date: RomeDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
