/** What the office and the sectors write to citizens in the demo, in Italian. */
import type { Topic } from './demo-topics';
import type { Prng } from './prng';

export function finalReplyText(rng: Prng, topic: Topic, sectorName: string | null): string {
  if (topic.answer && sectorName === null) return topic.answer;
  switch (topic.kind) {
    case 'report':
      return rng.pick([
        `Gentile cittadino, La informiamo che il settore ${sectorName} ha eseguito l'intervento richiesto. Grazie per la segnalazione.`,
        `Gentile cittadina/o, il sopralluogo del settore ${sectorName} ha confermato il problema: l'intervento è stato programmato ed eseguito.`,
      ]);
    case 'complaint':
      return `Gentile cittadino, il settore ${sectorName} ha verificato quanto segnalato: ci scusiamo per il disservizio e Le comunichiamo le misure adottate.`;
    case 'suggestion':
      return `Gentile cittadino, La ringraziamo per la proposta, che il settore ${sectorName} valuterà nella programmazione del prossimo anno.`;
    case 'civic_access':
      return `In riscontro all'istanza di accesso civico generalizzato, si trasmettono i documenti e i dati richiesti (settore ${sectorName}).`;
    case 'information_request':
      return topic.answer ?? `Gentile cittadino, il settore ${sectorName} Le fornisce le informazioni richieste in allegato.`;
    case 'appreciation':
      return 'Grazie per il Suo messaggio, che abbiamo girato al personale interessato.';
  }
}

export function draftText(sectorName: string): string {
  return `Bozza di risposta del settore ${sectorName}: verifiche concluse, intervento eseguito.`;
}

export function interimReplyText(sectorName: string): string {
  return `Gentile cittadino, la Sua pratica è all'esame del settore ${sectorName}: le verifiche sono in corso e riceverà la risposta definitiva appena possibile.`;
}

export const EXTENSION_REASONS = [
  "Sono necessari un sopralluogo tecnico e il preventivo della ditta incaricata.",
  'La risposta richiede il parere di un altro ufficio.',
  "L'intervento è inserito nel prossimo programma di manutenzione: occorre attendere l'affidamento dei lavori.",
];

export const CITIZEN_QUESTIONS = [
  'Può indicare il numero civico più vicino e, se possibile, inviare una fotografia?',
  'Può precisare il periodo a cui si riferisce la Sua richiesta?',
  'Può inviarci copia della documentazione citata nel Suo messaggio?',
];

export const CITIZEN_ANSWERS = [
  'Il cittadino ha inviato le fotografie e il numero civico.',
  'Il cittadino ha precisato il periodo richiesto.',
  'Il cittadino ha inviato la documentazione mancante.',
];

export const HAND_BACK_REASON = 'Non è di nostra competenza: la pratica va assegnata a un altro settore.';

export const REOPEN_REASONS = [
  'Il cittadino segnala che il problema si è ripresentato.',
  "Il cittadino contesta la risposta: l'intervento è stato eseguito solo in parte.",
];

export function directedElsewhereMessage(otherBody: string): string {
  return `La materia non è di competenza del Comune: La invitiamo a rivolgersi a ${otherBody}, di cui Le indichiamo recapiti e orari.`;
}

export const POSITIVE_COMMENTS = ['Risposta chiara e veloce, grazie.', 'Personale gentile e disponibile.', null, null];
export const NEGATIVE_COMMENTS = ['Ho dovuto aspettare troppo.', 'La risposta non ha risolto il problema.', null];
