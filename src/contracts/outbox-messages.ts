/**
 * The outbox table, as a contract between the read model that writes it (projections/outbox,
 * from the case events) and the write side that delivers its messages (src/messaging: the
 * dispatcher claims and updates rows, the staff's message list reads them). Each side names
 * the table and its states through here, not through the other.
 *
 * Columns the deliverers rely on: message_id, source_event_id, correlation_id, case_id,
 * reference, purpose, audience, content (personal fields still sealed), created_at, status,
 * attempts, next_attempt_at, last_response, updated_at.
 */
export const OUTBOX_MESSAGES = 'outbox_messages';

export const MESSAGE_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
