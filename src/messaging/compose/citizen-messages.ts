/**
 * The messages to the citizen, in the Italian of a municipal office: a subject with the
 * reference number, a courteous salutation by name, what happened, what comes next and when
 * (an explicit date, never "entro 30 giorni"), and how to follow the case online.
 */
import { CASE_KIND_IN_ITALIAN } from '../../contracts';
import type { CitizenPurpose } from '../../contracts';
import { longRomeDate, romeDayOf } from '../italian-dates';

export interface CitizenLetter {
  purpose: CitizenPurpose;
  reference: string;
  kind: string | null;
  fullName: string | null;
  receivedAt: string;
  finalReplyDueDate: string;
  userAreaUrl: string;
  accessCode: string;
  /** The source event's data, personal fields opened. */
  event: Record<string, unknown>;
  officeName: string;
}

export function citizenSubject(letter: Pick<CitizenLetter, 'purpose' | 'reference'>): string {
  const ref = `pratica n. ${letter.reference}`;
  switch (letter.purpose) {
    case 'acknowledgement':
      return `Conferma di ricezione - ${ref}`;
    case 'information_request':
      return `Richiesta di integrazioni - ${ref}`;
    case 'interim_reply':
      return `Aggiornamento sulla Sua pratica - ${ref}`;
    case 'deadline_extension':
      return `Proroga del termine di risposta - ${ref}`;
    case 'final_reply':
      return `Risposta alla Sua comunicazione - ${ref}`;
    case 'survey_invitation':
      return `Pratica conclusa: la Sua opinione ci interessa - ${ref}`;
    case 'duplicate_answered':
      return `Risposta sul problema da Lei segnalato - ${ref}`;
  }
}

export function citizenBody(letter: CitizenLetter): string {
  const greeting = letter.fullName ? `Gentile ${letter.fullName},` : 'Gentile cittadina, gentile cittadino,';
  const due = longRomeDate(letter.finalReplyDueDate);
  const kindName = letter.kind ? (CASE_KIND_IN_ITALIAN as Readonly<Record<string, string>>)[letter.kind] : undefined;
  const what = kindName ? ` (${kindName})` : '';
  const text = (field: string) => String(letter.event[field] ?? '').trim();
  const follow = [
    'Può seguire lo stato della pratica nella Sua area personale:',
    letter.userAreaUrl,
    `Codice di accesso personale: ${letter.accessCode}`,
  ].join('\n');
  let body: string[];
  switch (letter.purpose) {
    case 'acknowledgement':
      body = [
        `La informiamo che l'${letter.officeName} ha ricevuto la Sua comunicazione${what} del ${romeDayOf(letter.receivedAt)} ` +
          `e l'ha registrata con il numero di pratica ${letter.reference}.`,
        `Riceverà una risposta entro ${due}.`,
        follow,
        'Conservi questo messaggio: il codice di accesso è personale e non va comunicato ad altri. ' +
          'La preghiamo di citare il numero di pratica in ogni comunicazione successiva.',
      ];
      break;
    case 'information_request':
      body = [
        `per proseguire l'esame della pratica n. ${letter.reference} abbiamo bisogno di alcune informazioni:`,
        quote(text('question')),
        'Può rispondere dalla Sua area personale oppure rispondendo a questo messaggio. ' +
          'Il termine per la risposta resta sospeso fino al ricevimento delle informazioni richieste.',
        follow,
      ];
      break;
    case 'interim_reply':
      body = [
        `Le scriviamo in merito alla pratica n. ${letter.reference}.`,
        quote(text('text')),
        `La pratica è ancora in corso: riceverà la risposta definitiva entro ${due}.`,
        follow,
      ];
      break;
    case 'deadline_extension':
      body = [
        `La informiamo che il termine per la risposta alla pratica n. ${letter.reference} è prorogato ` +
          `da ${longRomeDate(text('previousDueDate'))} a ${longRomeDate(text('newDueDate'))}, per il seguente motivo:`,
        quote(text('reason')),
        "Ci scusiamo per l'attesa.",
        follow,
      ];
      break;
    case 'final_reply':
      body = [
        `in risposta alla Sua comunicazione registrata con il numero di pratica ${letter.reference}, Le comunichiamo quanto segue.`,
        quote(text('text')),
        follow,
      ];
      break;
    case 'survey_invitation':
      body = [
        `la pratica n. ${letter.reference} è stata conclusa.`,
        'Per migliorare i nostri servizi Le chiediamo di dedicare un minuto a un breve questionario di gradimento ' +
          '(un voto da 1 a 5 e, se lo desidera, un commento), disponibile nella Sua area personale:',
        letter.userAreaUrl,
        `Codice di accesso personale: ${letter.accessCode}`,
        'La compilazione è facoltativa.',
      ];
      break;
    case 'duplicate_answered':
      body = [
        `la Sua comunicazione registrata con il numero di pratica ${letter.reference} riguarda lo stesso problema ` +
          `della pratica n. ${text('survivorReference')}, a cui l'abbiamo unita per seguirle insieme.`,
        `Il ${romeDayOf(text('answeredAt'))} l'ufficio competente ha dato la risposta su quel problema: ` +
          "l'intervento o la decisione riguardano anche la Sua segnalazione.",
        'Se ritiene che la Sua comunicazione chieda qualcosa di diverso, ci scriva citando il numero di pratica: ' +
          "la riesamineremo separatamente.",
        follow,
      ];
      break;
  }
  return [greeting, '', ...body.flatMap((paragraph) => [paragraph, '']), 'Cordiali saluti,', letter.officeName, '', FOOTER].join('\n');
}

const FOOTER =
  "Questo messaggio è inviato dal sistema di gestione delle pratiche dell'URP. " +
  'I Suoi dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 (GDPR) al solo fine di gestire la Sua pratica.';

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
