/**
 * What became of the e-mail an entry speaks of: the outbox's delivery events amend the title
 * of the entry of the event that meant the message ("… — e-mail consegnata" or
 * "… — invio non riuscito: <risposta del server>"), so the case file never claims a delivery
 * that did not happen. A later outcome replaces an earlier one.
 */
import type { EntityManager } from 'typeorm';
import { MESSAGE_EVENT_TYPES, type MessageDelivered, type MessageDeliveryFailed } from '../../src/contracts';
import type { RecordedEvent } from '../../src/event-store/event-store.port';

export const DELIVERY_EVENT_TYPES: readonly string[] = MESSAGE_EVENT_TYPES;
const MARK = ' — ';

export function deliveryOutcomeTitle(event: RecordedEvent): { sourceEventId: string; outcome: string } | null {
  if (event.type === 'MessageDelivered') {
    const data = event.data as MessageDelivered['data'];
    return { sourceEventId: data.sourceEventId, outcome: data.purpose.startsWith('routing') || data.purpose.includes('reminder') || data.purpose === 'hand_back' ? 'e-mail consegnata ai referenti' : 'e-mail consegnata' };
  }
  if (event.type === 'MessageDeliveryFailed') {
    const data = event.data as MessageDeliveryFailed['data'];
    const why = data.reason === 'recipient_erased' ? 'dati del destinatario cancellati' : data.reason === 'no_recipient' ? 'nessun indirizzo e-mail' : data.smtpResponse;
    return { sourceEventId: data.sourceEventId, outcome: data.permanent ? `invio non riuscito (${why})` : `invio non riuscito, nuovo tentativo in corso (${why})` };
  }
  return null;
}

export async function amendDeliveryTitles(em: EntityManager, entriesTable: string, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    const amendment = deliveryOutcomeTitle(event);
    if (!amendment) continue;
    await em.query(
      `UPDATE ${entriesTable} SET title = split_part(title, $3, 1) || $3 || $2 WHERE event_id = $1`,
      [amendment.sourceEventId, amendment.outcome.slice(0, 300), MARK],
    );
  }
}
