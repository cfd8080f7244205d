/** One line of a case's timeline, as stored: who, when, what (in Italian), and the sealed texts. */
import type { EntityManager } from 'typeorm';
import { personalDataFieldsOf, type CaseEvent, type RecordedEvent, normalizeInstant } from '../../src/read-side';
import { isSealedEnvelope } from '../../src/personal-data';
import { occurredAt } from '../shared/contract-events';
import { insertRecords, RecordsetColumn } from '../shared/recordsets';
import { describeCaseEvent, TitleLookups } from './describe-event';
import type { MessageState, MessageWording } from './message-delivery-titles';

export interface TimelineEntryRecord {
  case_id: string;
  revision: number;
  event_id: string;
  event_type: string;
  occurred_at: string;
  recorded_at: string;
  actor_id: string;
  actor_role: string;
  channel: string | null;
  title: string;
  /** The wording of the e-mail the event sends (null when it sends none), and what became of it. */
  message: MessageWording | null;
  message_state: MessageState | null;
  /** The event's citizenId and its personal fields, only as sealed envelopes; null when it has none. */
  sealed: Record<string, unknown> | null;
  position_commit: number;
  position_prepare: number;
}

const ENTRY_COLUMNS: readonly RecordsetColumn[] = [
  { column: 'case_id', type: 'text' },
  { column: 'revision', type: 'integer' },
  { column: 'event_id', type: 'text' },
  { column: 'event_type', type: 'text' },
  { column: 'occurred_at', type: 'timestamptz' },
  { column: 'recorded_at', type: 'timestamptz' },
  { column: 'actor_id', type: 'text' },
  { column: 'actor_role', type: 'text' },
  { column: 'channel', type: 'text' },
  { column: 'title', type: 'text' },
  { column: 'message', type: 'jsonb' },
  { column: 'message_state', type: 'text' },
  { column: 'sealed', type: 'jsonb' },
  { column: 'position_commit', type: 'bigint' },
  { column: 'position_prepare', type: 'bigint' },
];

export function timelineEntry(recorded: RecordedEvent, event: CaseEvent, lookups: TitleLookups): TimelineEntryRecord {
  const data = event.data as Record<string, unknown>;
  const description = describeCaseEvent(event, lookups);
  return {
    case_id: event.data.caseId,
    revision: recorded.revision,
    event_id: recorded.id,
    event_type: event.type,
    occurred_at: occurredAt(event),
    recorded_at: normalizeInstant(recorded.metadata.recordedAt),
    actor_id: recorded.metadata.actor.id,
    actor_role: recorded.metadata.actor.role,
    channel: typeof data.channel === 'string' ? data.channel : null,
    title: description.title,
    message: description.message,
    message_state: description.message ? 'pending' : null,
    sealed: sealedFieldsOf(event),
    position_commit: recorded.position.commit,
    position_prepare: recorded.position.prepare,
  };
}

/**
 * The sealed envelopes as the event holds them. A personal field that is not sealed (the
 * write side always seals; a hand-made event might not) is left out rather than kept in clear.
 */
function sealedFieldsOf(event: CaseEvent): Record<string, unknown> | null {
  const data = event.data as Record<string, unknown>;
  const sealed = personalDataFieldsOf(event.type).filter((field) => isSealedEnvelope(data[field]));
  if (sealed.length === 0) return null;
  return Object.fromEntries([['citizenId', data.citizenId], ...sealed.map((field) => [field, data[field]])]);
}

/** Plain INSERT: a second application of one event is a bug the primary key must reveal. */
export function insertEntries(em: EntityManager, table: string, entries: readonly TimelineEntryRecord[]): Promise<void> {
  return insertRecords(em, table, ENTRY_COLUMNS, entries as unknown as Record<string, unknown>[]);
}
