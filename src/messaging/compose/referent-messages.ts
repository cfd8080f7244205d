/**
 * The messages to a sector's referents (work mail between offices): what the URP asks of the
 * sector on a case and by when. No citizen's identity: the referent opens the case file.
 */
import type { ReferentPurpose } from '../../contracts';
import { longRomeDate } from '../italian-dates';

export interface ReferentLetter {
  purpose: ReferentPurpose;
  reference: string;
  subject: string | null;
  sectorName: string;
  /** The source event's data, personal fields opened (the routing note). */
  event: Record<string, unknown>;
  officeName: string;
}

export function referentSubject(letter: Pick<ReferentLetter, 'purpose' | 'reference' | 'event'>): string {
  switch (letter.purpose) {
    case 'routing':
      return `Assegnazione pratica n. ${letter.reference}`;
    case 'take_charge_reminder':
      return `Sollecito n. ${Number(letter.event.reminderNumber ?? 1)} di presa in carico - pratica n. ${letter.reference}`;
    case 'hand_back':
      return `Restituzione all'URP - pratica n. ${letter.reference}`;
  }
}

export function referentBody(letter: ReferentLetter): string {
  const text = (field: string) => String(letter.event[field] ?? '').trim();
  const topic = letter.subject ? ` (argomento: ${letter.subject})` : '';
  let body: string[];
  switch (letter.purpose) {
    case 'routing': {
      const note = text('note');
      body = [
        `l'${letter.officeName} ha assegnato al settore ${letter.sectorName} la pratica n. ${letter.reference}${topic}.`,
        ...(note ? ["Nota dell'URP:", indent(note)] : []),
        `Vi chiediamo di prenderla in carico entro ${longRomeDate(text('takeChargeDueDate'))}, ` +
          "oppure di restituirla all'URP con la motivazione, se non è di competenza del settore.",
      ];
      break;
    }
    case 'take_charge_reminder':
      body = [
        `la pratica n. ${letter.reference}${topic}, assegnata al settore ${letter.sectorName}, non risulta ancora presa in carico.`,
        "Vi chiediamo di prenderla in carico al più presto, oppure di restituirla all'URP se non è di competenza del settore.",
      ];
      break;
    case 'hand_back':
      body = [
        `la pratica n. ${letter.reference}${topic} è stata restituita dal settore ${letter.sectorName} all'URP, con la seguente motivazione:`,
        indent(text('reason')),
        "L'URP provvederà a riassegnarla: non è richiesta alcuna ulteriore azione da parte del settore.",
      ];
      break;
  }
  return ['Gentili referenti,', '', ...body.flatMap((paragraph) => [paragraph, '']), 'Cordiali saluti,', letter.officeName].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
