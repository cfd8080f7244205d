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
import type { CaseAcknowledged, CaseClassified, CaseMerged, CaseReceived, CaseRouted, MessageDelivered, MessageDeliveryFailed, SectorEstablished, SectorReferentAppointed, SectorReferentRemoved, SectorRenamed, RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import { messageIdFor } from './message-id';
import { acknowledgedByEmail, CITIZEN_MESSAGE_EVENTS, citizenMessageSent, REFERENT_MESSAGE_EVENTS } from './message-rules';
import type { Audience, CaseSnapshot, CitizenMessageContent, MessagePurpose, ReferentMessageContent } from '../../src/read-side';
import { createOutboxTables, OUTBOX_CASES, OUTBOX_MESSAGES, OUTBOX_REFERENTS, OUTBOX_SECTORS, OutboxTables, outboxTables } from './outbox-tables';

/** Events that change what later messages say (the due date, the sector). */
const DUE_DATE_EVENTS = ['CaseClassified', 'CaseReclassified', 'CitizenInformationReceived', 'CaseReopened', 'FinalReplyDeadlineExtended'];

interface CaseRow {
  case_id: string;
  reference: string;
  kind: string | null;
  subject: string | null;
  citizen_id: string;
  citizen: unknown;
  has_email: boolean;
  final_reply_due_date: string;
  received_at: Date | string;
  sector_id: string | null;
  merged_into: string | null;
}

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
    'SectorEstablished',
    'SectorRenamed',
    'SectorReferentAppointed',
    'SectorReferentRemoved',
    'MessageDelivered',
    'MessageDeliveryFailed',
  ];
  readonly tables: readonly string[] = [OUTBOX_MESSAGES, OUTBOX_CASES, OUTBOX_SECTORS, OUTBOX_REFERENTS];

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createOutboxTables(em, outboxTables(table));
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = outboxTables(ctx.table);
    for (const event of events) await this.applyOne(ctx.em, tables, event);
  }

  private async applyOne(em: EntityManager, t: OutboxTables, event: RecordedEvent): Promise<void> {
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'CaseReceived': {
        const d = event.data as CaseReceived['data'];
        await em.query(
          `INSERT INTO ${t.cases} (case_id, reference, kind, subject, citizen_id, citizen, final_reply_due_date, received_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id) DO NOTHING`,
          [d.caseId, d.reference, d.kind, d.subject, d.citizenId, JSON.stringify(d.citizen ?? null), d.finalReplyDueDate, d.receivedAt],
        );
        return;
      }
      case 'SectorEstablished':
      case 'SectorRenamed': {
        const d = event.data as (SectorEstablished | SectorRenamed)['data'];
        await em.query(
          `INSERT INTO ${t.sectors} (sector_id, name) VALUES ($1, $2) ON CONFLICT (sector_id) DO UPDATE SET name = EXCLUDED.name`,
          [d.sectorId, d.name],
        );
        return;
      }
      case 'SectorReferentAppointed': {
        const d = event.data as SectorReferentAppointed['data'];
        await em.query(
          `INSERT INTO ${t.referents} (sector_id, user_id, display_name, email) VALUES ($1, $2, $3, $4)
           ON CONFLICT (sector_id, user_id) DO UPDATE SET display_name = EXCLUDED.display_name, email = EXCLUDED.email`,
          [d.sectorId, d.userId, d.displayName, d.email ?? null],
        );
        return;
      }
      case 'SectorReferentRemoved': {
        const d = event.data as SectorReferentRemoved['data'];
        await em.query(`DELETE FROM ${t.referents} WHERE sector_id = $1 AND user_id = $2`, [d.sectorId, d.userId]);
        return;
      }
      case 'MessageDelivered': {
        const d = event.data as MessageDelivered['data'];
        await em.query(
          `UPDATE ${t.messages} SET status = 'delivered', attempts = $2, next_attempt_at = NULL, last_response = $3, updated_at = $4 WHERE message_id = $1`,
          [d.messageId, d.attempt, d.smtpResponse, d.deliveredAt],
        );
        return;
      }
      case 'MessageDeliveryFailed': {
        const d = event.data as MessageDeliveryFailed['data'];
        await em.query(
          `UPDATE ${t.messages} SET status = $2, attempts = $3, next_attempt_at = $4, last_response = $5, updated_at = $6
           WHERE message_id = $1 AND status <> 'delivered'`,
          [d.messageId, d.permanent ? 'failed' : 'retrying', d.attempt, d.nextAttemptAt, d.smtpResponse, d.failedAt],
        );
        return;
      }
    }

    const caseId = typeof data.caseId === 'string' ? data.caseId : null;
    if (!caseId) return;
    const [row]: CaseRow[] = await em.query(`SELECT * FROM ${t.cases} WHERE case_id = $1`, [caseId]);
    if (!row) return; // a case this projection never saw registered (cannot happen on a whole log)

    if (event.type === 'CaseAcknowledged') {
      const channel = (event.data as CaseAcknowledged['data']).channel;
      row.has_email = acknowledgedByEmail(channel);
      await em.query(`UPDATE ${t.cases} SET has_email = $2 WHERE case_id = $1`, [caseId, row.has_email]);
    }
    if (event.type === 'CaseRouted') {
      row.sector_id = (event.data as CaseRouted['data']).sectorId;
      await em.query(`UPDATE ${t.cases} SET sector_id = $2 WHERE case_id = $1`, [caseId, row.sector_id]);
    }
    if (event.type === 'CaseClassified' || event.type === 'CaseReclassified') {
      const d = event.data as CaseClassified['data'];
      row.kind = d.kind;
      row.subject = d.subject;
      await em.query(`UPDATE ${t.cases} SET kind = $2, subject = $3 WHERE case_id = $1`, [caseId, d.kind, d.subject]);
    }
    if (event.type === 'CaseMerged' || event.type === 'CaseUnmerged') {
      const into = event.type === 'CaseMerged' ? (event.data as CaseMerged['data']).intoCaseId : null;
      await em.query(`UPDATE ${t.cases} SET merged_into = $2 WHERE case_id = $1`, [caseId, into]);
    }
    const dueDate = event.type === 'FinalReplyDeadlineExtended' ? data.newDueDate : DUE_DATE_EVENTS.includes(event.type) ? data.finalReplyDueDate : undefined;
    if (typeof dueDate === 'string') {
      row.final_reply_due_date = dueDate;
      await em.query(`UPDATE ${t.cases} SET final_reply_due_date = $2 WHERE case_id = $1`, [caseId, dueDate]);
    }

    const snapshot: CaseSnapshot = {
      caseId,
      reference: row.reference,
      kind: row.kind,
      subject: row.subject,
      citizenId: row.citizen_id,
      finalReplyDueDate: row.final_reply_due_date,
      receivedAt: new Date(row.received_at).toISOString(),
    };
    const citizenPurpose = CITIZEN_MESSAGE_EVENTS[event.type];
    if (citizenPurpose && citizenMessageSent(event.type, data.channel, row.has_email)) {
      const content: CitizenMessageContent = { case: snapshot, citizen: row.citizen, event: data };
      await insertMessage(em, t, event, citizenPurpose, 'citizen', content);
    }
    if (event.type === 'FinalReplySent') await tellDuplicates(em, t, event, row);
    const referentPurpose = REFERENT_MESSAGE_EVENTS[event.type];
    const sectorId = typeof data.sectorId === 'string' ? data.sectorId : row.sector_id;
    if (referentPurpose && sectorId) {
      const [sector]: { name: string }[] = await em.query(`SELECT name FROM ${t.sectors} WHERE sector_id = $1`, [sectorId]);
      const recipients: { user_id: string; display_name: string; email: string }[] = await em.query(
        `SELECT user_id, display_name, email FROM ${t.referents} WHERE sector_id = $1 AND email IS NOT NULL ORDER BY user_id`,
        [sectorId],
      );
      const content: ReferentMessageContent = {
        case: snapshot,
        sectorName: sector?.name ?? sectorId,
        recipients: recipients.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email })),
        event: data,
      };
      await insertMessage(em, t, event, referentPurpose, 'referents', content);
    }
  }
}

/**
 * The citizens of the cases merged into this one learn that it was answered, and where to
 * follow it: never the reply's text, which was written to another citizen.
 */
async function tellDuplicates(em: EntityManager, t: OutboxTables, event: RecordedEvent, survivor: CaseRow): Promise<void> {
  const duplicates: CaseRow[] = await em.query(`SELECT * FROM ${t.cases} WHERE merged_into = $1 AND has_email ORDER BY case_id`, [survivor.case_id]);
  for (const duplicate of duplicates) {
    const content: CitizenMessageContent = {
      case: {
        caseId: duplicate.case_id,
        reference: duplicate.reference,
        kind: duplicate.kind,
        subject: duplicate.subject,
        citizenId: duplicate.citizen_id,
        finalReplyDueDate: duplicate.final_reply_due_date,
        receivedAt: new Date(duplicate.received_at).toISOString(),
      },
      citizen: duplicate.citizen,
      event: { survivorReference: survivor.reference, answeredAt: (event.data as { sentAt?: unknown }).sentAt ?? event.metadata.recordedAt },
    };
    await insertMessage(em, t, event, 'duplicate_answered', 'citizen', content, messageIdFor(`${event.id}/${duplicate.case_id}`));
  }
}

async function insertMessage(
  em: EntityManager,
  t: OutboxTables,
  event: RecordedEvent,
  purpose: MessagePurpose,
  audience: Audience,
  content: CitizenMessageContent | ReferentMessageContent,
  messageId = messageIdFor(event.id),
): Promise<void> {
  await em.query(
    `INSERT INTO ${t.messages} (message_id, source_event_id, correlation_id, case_id, reference, purpose, audience, content,
       created_at, position_commit, position_prepare, status, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $9)
     ON CONFLICT (message_id) DO NOTHING`,
    [
      messageId,
      event.id,
      event.metadata.correlationId,
      content.case.caseId,
      content.case.reference,
      purpose,
      audience,
      JSON.stringify(content),
      event.metadata.recordedAt,
      event.position.commit,
      event.position.prepare,
    ],
  );
}
