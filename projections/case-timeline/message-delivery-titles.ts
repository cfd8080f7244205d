/**
 * What became of the e-mail an entry speaks of. The entry of the event that means a message
 * keeps the message's wording; the outbox's delivery events rewrite its title, so the case
 * file says "inviata" only once the mail server accepted the message:
 *   pending    "Conferma di ricezione … da inviare al cittadino via e-mail"
 *   delivered  "Conferma di ricezione … inviata al cittadino via e-mail (consegnata il 02/12/2026 alle 10:15)"
 *   retrying   "… da inviare … (tentativo n. 1 non riuscito: …; nuovo tentativo il … alle …)"
 *   failed     "Conferma di ricezione … al cittadino via e-mail: invio non riuscito (…)"
 * A delivery is final: a failure recorded after it changes nothing.
 */
import type { EntityManager } from 'typeorm';
import { MESSAGE_EVENT_TYPES, type MessageDelivered, type MessageDeliveryFailed, type RecordedEvent } from '../../src/read-side';

export const DELIVERY_EVENT_TYPES: readonly string[] = MESSAGE_EVENT_TYPES;

/** A message named in Italian: "<before> <verb> <recipient><after>". */
export interface MessageWording {
  /** What is sent, e.g. "Sollecito n. 1" or "Pratica chiusa … — invito al questionario di gradimento". */
  before: string;
  /** The gender the participles agree with ("inviata"/"inviato"). */
  feminine: boolean;
  /** Whom and how, e.g. "al cittadino via e-mail". */
  recipient: string;
  /** What follows the message, e.g. "; termine sospeso". */
  after: string;
}

export type MessageState = 'pending' | 'retrying' | 'delivered' | 'failed';

const ROME_DATE_TIME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as "02/12/2026 alle 10:15", Rome time. */
export function romeDateAndTime(instant: string): string {
  const parts = Object.fromEntries(ROME_DATE_TIME.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} alle ${parts.hour}:${parts.minute}`;
}

const participle = (stem: string, w: MessageWording) => `${stem}${w.feminine ? 'a' : 'o'}`;

export function pendingTitle(w: MessageWording): string {
  return `${w.before} da inviare ${w.recipient}${w.after}`;
}

export function deliveredTitle(w: MessageWording, deliveredAt: string): string {
  return `${w.before} ${participle('inviat', w)} ${w.recipient} (${participle('consegnat', w)} il ${romeDateAndTime(deliveredAt)})${w.after}`;
}

export function failedTitle(w: MessageWording, data: MessageDeliveryFailed['data']): string {
  const why = data.reason === 'recipient_erased' ? 'dati del destinatario cancellati' : data.reason === 'no_recipient' ? 'nessun indirizzo e-mail' : data.smtpResponse;
  if (data.permanent || !data.nextAttemptAt) return `${w.before} ${w.recipient}: invio non riuscito (${why})${w.after}`;
  return `${w.before} da inviare ${w.recipient} (tentativo n. ${data.attempt} non riuscito: ${why}; nuovo tentativo il ${romeDateAndTime(data.nextAttemptAt)})${w.after}`;
}

interface Outcome {
  sourceEventId: string;
  state: MessageState;
  title(w: MessageWording): string;
}

function outcomeOf(event: RecordedEvent): Outcome | null {
  if (event.type === 'MessageDelivered') {
    const data = event.data as MessageDelivered['data'];
    return { sourceEventId: data.sourceEventId, state: 'delivered', title: (w) => deliveredTitle(w, data.deliveredAt) };
  }
  if (event.type === 'MessageDeliveryFailed') {
    const data = event.data as MessageDeliveryFailed['data'];
    return { sourceEventId: data.sourceEventId, state: data.permanent ? 'failed' : 'retrying', title: (w) => failedTitle(w, data) };
  }
  return null;
}

export async function amendDeliveryTitles(em: EntityManager, entriesTable: string, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    const outcome = outcomeOf(event);
    if (!outcome) continue;
    const [entry]: { message: MessageWording | null; message_state: MessageState | null }[] = await em.query(
      `SELECT message, message_state FROM ${entriesTable} WHERE event_id = $1`,
      [outcome.sourceEventId],
    );
    if (!entry?.message || entry.message_state === 'delivered') continue;
    await em.query(`UPDATE ${entriesTable} SET title = $2, message_state = $3 WHERE event_id = $1`, [
      outcome.sourceEventId,
      outcome.title(entry.message).slice(0, 1000),
      outcome.state,
    ]);
  }
}
