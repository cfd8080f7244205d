/**
 * Which cases have a message the office could not deliver (a permanent MessageDeliveryFailed
 * not followed by a MessageDelivered of the same message): the operator must reach the
 * citizen or the sector another way. Kept in its own column beside the shared case summary,
 * as the ids of the failed messages, so a later delivery clears only its own message.
 */
import type { EntityManager } from 'typeorm';
import type { MessageDelivered, MessageDeliveryFailed, RecordedEvent } from '../../src/read-side';

export const FAILED_MESSAGES_COLUMN = 'failed_message_ids';
export const DELIVERY_EVENT_TYPES = ['MessageDelivered', 'MessageDeliveryFailed'] as const;

/** Column definitions for the queue's table. */
export function failedDeliveriesDdl(): string {
  return `${FAILED_MESSAGES_COLUMN} text[] NOT NULL DEFAULT '{}',
  delivery_failed boolean GENERATED ALWAYS AS (cardinality(${FAILED_MESSAGES_COLUMN}) > 0) STORED`;
}

interface CaseDeliveries {
  failed: Set<string>;
  delivered: Set<string>;
}

/** Per case, the messages that failed for good and those delivered in this batch; a delivery is final. */
export function deliveriesIn(events: readonly RecordedEvent[]): Map<string, CaseDeliveries> {
  const byCase = new Map<string, CaseDeliveries>();
  for (const event of events) {
    if (event.type !== 'MessageDelivered' && event.type !== 'MessageDeliveryFailed') continue;
    const data = event.data as (MessageDelivered | MessageDeliveryFailed)['data'];
    const failed = event.type === 'MessageDeliveryFailed' && (data as MessageDeliveryFailed['data']).permanent;
    // A transient failure changes nothing: another attempt is coming.
    if (event.type === 'MessageDeliveryFailed' && !failed) continue;
    const entry = byCase.get(data.caseId) ?? { failed: new Set<string>(), delivered: new Set<string>() };
    // A failure recorded after the delivery (a replayed attempt) does not undo it.
    if (failed && entry.delivered.has(data.messageId)) continue;
    (failed ? entry.delivered : entry.failed).delete(data.messageId);
    (failed ? entry.failed : entry.delivered).add(data.messageId);
    byCase.set(data.caseId, entry);
  }
  return byCase;
}

export async function saveDeliveries(em: EntityManager, table: string, deliveries: Map<string, CaseDeliveries>): Promise<void> {
  if (deliveries.size === 0) return;
  const records = [...deliveries].map(([case_id, { failed, delivered }]) => ({ case_id, failed: [...failed], delivered: [...delivered] }));
  await em.query(
    `UPDATE ${table} q SET ${FAILED_MESSAGES_COLUMN} = coalesce(
       (SELECT array_agg(DISTINCT m ORDER BY m) FROM unnest(q.${FAILED_MESSAGES_COLUMN} || r.failed) AS m WHERE NOT (m = ANY (r.delivered))),
       '{}')
     FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, failed text[], delivered text[])
     WHERE q.case_id = r.case_id`,
    [JSON.stringify(records)],
  );
}
