import { CASE_KIND_IN_ITALIAN, type CaseKind, type RomeDate } from '../../contracts';

/**
 * The first message to the citizen, with the reference number [002]. It names no one: it
 * is returned to the caller and kept with the answer for retries, in clear.
 */
export function acknowledgementText(ack: {
  reference: string;
  kind: CaseKind | null;
  receivedOn: RomeDate;
  finalReplyDueDate: RomeDate;
}): string {
  const what = ack.kind === null ? '' : ` (${CASE_KIND_IN_ITALIAN[ack.kind]})`;
  return [
    'Gentile cittadina, gentile cittadino,',
    `l'Ufficio Relazioni con il Pubblico ha registrato la Sua comunicazione${what} del ${italianDate(ack.receivedOn)} ` +
      `con il numero di pratica ${ack.reference}.`,
    `Riceverà una risposta entro il ${italianDate(ack.finalReplyDueDate)}. ` +
      'La preghiamo di citare il numero di pratica in ogni comunicazione successiva.',
    'Cordiali saluti,',
    'Ufficio Relazioni con il Pubblico',
  ].join('\n');
}

/** '2026-03-02' -> '02/03/2026' */
function italianDate(date: RomeDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
