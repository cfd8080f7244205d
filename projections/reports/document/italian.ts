/** How figures, dates and the vocabulary read in Italian, for every format alike. */
import { type CaseKind, type Channel, type Instant, type RomeDate, type StandardMeasure, type StandardTarget, romeDate } from '../../../src/read-side';
import type { StandardResult } from '../../charter-compliance/compute/target-evaluation';
import type { KindOrUnclassified } from '../../sector-performance/compute/volumes';

export const NOT_AVAILABLE = 'n.d.';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

const oneDecimal = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0 });
const romeDateTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 0.905 → "90,5%". */
export function percentText(share: number | null): string {
  return share === null ? NOT_AVAILABLE : `${oneDecimal.format(share * 100)}%`;
}

/** A whole number of percent when it is one: 0.9 → "90%", 0.925 → "92,5%". */
export function thresholdText(share: number): string {
  return `${upToOneDecimal.format(share * 100)}%`;
}

export function countText(count: number): string {
  return whole.format(count);
}

/** 12.25 → "12,3". */
export function numberText(value: number | null): string {
  return value === null ? NOT_AVAILABLE : upToOneDecimal.format(value);
}

/** '2026-03-01' → "01/03/2026". */
export function dateText(date: RomeDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** '2026-03-01' → "1 marzo 2026". */
export function longDateText(date: RomeDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** An instant as a Rome date and time: "23/11/2026 alle 10:15". */
export function instantText(instant: Instant): string {
  const parts = Object.fromEntries(romeDateTime.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} alle ${parts.hour}:${parts.minute}`;
}

/** The Rome date an instant falls on: "23/11/2026". */
export function romeDateText(instant: Instant): string {
  return dateText(romeDate(instant));
}

export function periodText(from: RomeDate, to: RomeDate): string {
  return from === to ? `il ${longDateText(from)}` : `dal ${longDateText(from)} al ${longDateText(to)}`;
}

export const KIND_LABELS: Record<KindOrUnclassified, string> = {
  report: 'Segnalazioni',
  complaint: 'Reclami',
  suggestion: 'Suggerimenti e proposte',
  appreciation: 'Apprezzamenti',
  information_request: 'Richieste di informazioni',
  civic_access: 'Accesso civico',
  unclassified: 'Non classificate',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  counter: 'Sportello',
  phone: 'Telefono',
  toll_free: 'Numero verde',
  email: 'E-mail',
  pec: 'PEC',
  web: 'Portale web',
  postal_mail: 'Posta',
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  web_chat: 'Chat web',
  video_call: 'Videochiamata',
  mayor_line: 'Pronto Sindaco',
};

export const MEASURE_LABELS: Record<StandardMeasure, string> = {
  final_reply_days: 'Giorni dal ricevimento alla risposta definitiva',
  take_charge_days: "Giorni dall'inoltro alla presa in carico",
  survey_positive_share: 'Quota di giudizi positivi al questionario',
  survey_answer_rate: 'Quota di cittadini che rispondono al questionario',
};

export const RESULT_LABELS: Record<StandardResult, string> = {
  met: 'Rispettato',
  not_met: 'Non rispettato',
  not_measurable: 'Non misurabile',
};

export function kindsText(kinds: readonly CaseKind[] | null): string {
  return kinds === null ? 'Tutte le pratiche' : kinds.map((kind) => KIND_LABELS[kind]).join(', ');
}

export function targetText(target: StandardTarget): string {
  switch (target.kind) {
    case 'max_days':
      return target.days === 1 ? 'entro 1 giorno' : `entro ${target.days} giorni`;
    case 'immediate':
      return 'immediata (in giornata)';
    case 'at_counter':
      return 'a vista allo sportello (in giornata)';
    case 'min_share':
      return `almeno il ${upToOneDecimal.format(target.percent)}%`;
  }
}

/** "1 giorno", "2,5 giorni". */
export function daysText(days: number | null): string {
  return days === 1 ? '1 giorno' : `${numberText(days)} giorni`;
}

/** "1 inoltro", "12 inoltri": a count with its noun agreed. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${countText(count)} ${count === 1 ? singular : plural}`;
}

/** "1 pratica", "12 pratiche". */
export function casesText(count: number): string {
  return countOf(count, 'pratica', 'pratiche');
}

const ARTICLES = { il: ["l'", 'il '], del: ["dell'", 'del '], al: ["all'", 'al '], dal: ["dall'", 'dal '], nel: ["nell'", 'nel '] } as const;
export type Article = keyof typeof ARTICLES;

/**
 * A figure with its article, as it is read aloud: "l'80%", "dell'81,3%", "l'11%", "l'8%",
 * "il 90%", "del 100%". A number takes the elided article when its name begins with a
 * vowel: uno, otto, undici, ottanta…, ottocento….
 */
export function withArticle(article: Article, figureText: string): string {
  const [elided, plain] = ARTICLES[article];
  const integer = /^\d+/.exec(figureText)?.[0];
  if (integer === undefined) return `${plain}${figureText}`;
  const readsWithVowel = integer === '1' || integer === '8' || integer === '11' || /^8\d{1,2}$/.test(integer);
  return `${readsWithVowel ? elided : plain}${figureText}`;
}

/** "l'80,0%" / "il 90,5%": a measured share with its article. */
export function thePercent(article: Article, share: number | null): string {
  return withArticle(article, percentText(share));
}

/** "l'80%" / "il 90%": a threshold with its article. */
export function theThreshold(article: Article, share: number): string {
  return withArticle(article, thresholdText(share));
}

/** The first letter in capitals, for a sentence that opens with a figure: "L'80,0% …". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
