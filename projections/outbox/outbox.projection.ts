/**
 * The outbox follows the log: every event that means a message (to the citizen, or to the
 * sector's referents) becomes one row, written in the batch's transaction, keyed by the
 * message id derived from the event id. The dispatcher (src/messaging) sends the rows and
 * records what happened as MessageDelivered / MessageDeliveryFailed events, which this
 * projection folds back into the row's status: a rebuild from the log gives the same table.
 *
 * Citizen messages go only to a citizen who gave an e-mail (the acknowledgement went by
 * e-mail) and, for events that name a channel, only when that channel is written (e-mail,
 * PEC, the portal): a reply given at the counter is not mailed again.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import { insertRecords, type RecordsetColumn } from '../shared/recordsets';
import { CITIZEN_MESSAGE_EVENTS, REFERENT_MESSAGE_EVENTS } from './message-rules';
import { DUE_DATE_EVENTS, NON_CASE_EVENTS, OutboxBatch, OutboxCase, OutboxChanges, OutboxSector, readsOf } from './outbox-batch';
import { createOutboxTables, OUTBOX_CASES, OUTBOX_MESSAGES, OUTBOX_REFERENTS, OUTBOX_SECTORS, OutboxTables, outboxTables } from './outbox-tables';

const CASE_COLUMNS: RecordsetColumn[] = [
  { column: 'case_id', type: 'text' },
  { column: 'reference', type: 'text' },
  { column: 'kind', type: 'text' },
  { column: 'subject', type: 'text' },
  { column: 'citizen_id', type: 'text' },
  { column: 'citizen', type: 'jsonb' },
  { column: 'has_email', type: 'boolean' },
  { column: 'final_reply_due_date', type: 'text' },
  { column: 'received_at', type: 'timestamptz' },
  { column: 'sector_id', type: 'text' },
  { column: 'merged_into', type: 'text' },
];
const MESSAGE_COLUMNS: RecordsetColumn[] = [
  { column: 'message_id', type: 'text' },
  { column: 'source_event_id', type: 'text' },
  { column: 'correlation_id', type: 'text' },
  { column: 'case_id', type: 'text' },
  { column: 'reference', type: 'text' },
  { column: 'purpose', type: 'text' },
  { column: 'audience', type: 'text' },
  { column: 'content', type: 'jsonb' },
  { column: 'created_at', type: 'timestamptz' },
  { column: 'position_commit', type: 'bigint' },
  { column: 'position_prepare', type: 'bigint' },
  { column: 'status', type: 'text' },
  { column: 'updated_at', type: 'timestamptz' },
];
const SECTOR_COLUMNS: RecordsetColumn[] = [
  { column: 'sector_id', type: 'text' },
  { column: 'name', type: 'text' },
];
const REFERENT_COLUMNS: RecordsetColumn[] = [
  { column: 'sector_id', type: 'text' },
  { column: 'user_id', type: 'text' },
  { column: 'display_name', type: 'text' },
  { column: 'email', type: 'text' },
];

@Injectable()
export class OutboxProjection implements Projection {
  readonly name = 'outbox';
  // 2: the citizen of a case merged as a duplicate is told when the surviving case is answered.
  readonly version = 2;
  readonly handles: readonly string[] = [
    'CaseReceived',
    ...new Set([...Object.keys(CITIZEN_MESSAGE_EVENTS), ...Object.keys(REFERENT_MESSAGE_EVENTS), ...DUE_DATE_EVENTS]),
    'CaseMerged',
    'CaseUnmerged',
    ...NON_CASE_EVENTS,
  ];
  readonly tables: readonly string[] = [OUTBOX_MESSAGES, OUTBOX_CASES, OUTBOX_SECTORS, OUTBOX_REFERENTS];

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createOutboxTables(em, outboxTables(table));
  }

  /** A batch costs a few statements however many events it holds: its reads, then its writes. */
  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = outboxTables(ctx.table);
    const batch = await loadBatch(ctx.em, tables, events);
    for (const event of events) batch.apply(event);
    await writeChanges(ctx.em, tables, batch.changes());
  }
}

async function loadBatch(em: EntityManager, t: OutboxTables, events: readonly RecordedEvent[]): Promise<OutboxBatch> {
  const reads = readsOf(events);
  const cases = new Map<string, OutboxCase>();
  if (reads.caseIds.length > 0 || reads.survivorIds.length > 0) {
    const rows: (Omit<OutboxCase, 'received_at'> & { received_at: Date | string })[] = await em.query(
      `SELECT * FROM ${t.cases} WHERE case_id = ANY($1::text[]) OR merged_into = ANY($2::text[])`,
      [reads.caseIds, reads.survivorIds],
    );
    for (const row of rows) cases.set(row.case_id, { ...row, received_at: new Date(row.received_at).toISOString() });
  }
  const sectorIds = new Set(reads.sectorIds);
  if (reads.needsCaseSectors) for (const row of cases.values()) if (row.sector_id) sectorIds.add(row.sector_id);
  const sectors = new Map<string, OutboxSector>();
  if (sectorIds.size > 0) {
    const rows: { sector_id: string; name: string | null; referents: { user_id: string; display_name: string; email: string | null }[] }[] = await em.query(
      `SELECT ids.sector_id, s.name,
              coalesce((SELECT json_agg(json_build_object('user_id', r.user_id, 'display_name', r.display_name, 'email', r.email))
                          FROM ${t.referents} r WHERE r.sector_id = ids.sector_id), '[]') AS referents
         FROM unnest($1::text[]) AS ids(sector_id) LEFT JOIN ${t.sectors} s ON s.sector_id = ids.sector_id`,
      [[...sectorIds]],
    );
    for (const row of rows) {
      sectors.set(row.sector_id, { name: row.name ?? undefined, referents: new Map(row.referents.map((r) => [r.user_id, r])) });
    }
  }
  return new OutboxBatch(cases, sectors);
}

async function writeChanges(em: EntityManager, t: OutboxTables, changes: OutboxChanges): Promise<void> {
  await insertRecords(em, t.cases, CASE_COLUMNS, changes.cases, { update: ['case_id'] });
  await insertRecords(em, t.sectors, SECTOR_COLUMNS, changes.sectors, { update: ['sector_id'] });
  await insertRecords(em, t.referents, REFERENT_COLUMNS, changes.referents, { update: ['sector_id', 'user_id'] });
  if (changes.removedReferents.length > 0) {
    await em.query(
      `DELETE FROM ${t.referents} AS r USING jsonb_to_recordset($1::jsonb) AS gone(sector_id text, user_id text)
        WHERE r.sector_id = gone.sector_id AND r.user_id = gone.user_id`,
      [JSON.stringify(changes.removedReferents)],
    );
  }
  const messages = changes.messages.map((message) => ({ ...message, status: 'pending', updated_at: message.created_at }));
  await insertRecords(em, t.messages, MESSAGE_COLUMNS, messages, { ignore: ['message_id'] });
  if (changes.deliveries.length > 0) {
    // After the inserts: a message written and delivered within the batch gets its outcome. A failure never undoes a delivery.
    await em.query(
      `UPDATE ${t.messages} AS m
          SET status = d.status, attempts = d.attempts, next_attempt_at = d.next_attempt_at, last_response = d.last_response, updated_at = d.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS d(message_id text, status text, attempts integer, next_attempt_at timestamptz, last_response text, updated_at timestamptz)
        WHERE m.message_id = d.message_id AND (d.status = 'delivered' OR m.status <> 'delivered')`,
      [JSON.stringify(changes.deliveries)],
    );
  }
}
