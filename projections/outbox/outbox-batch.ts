/**
 * One batch of the outbox, folded in memory: the rows the batch needs are loaded once before
 * (OutboxBatchReads), every event is applied in order to that copy, and what changed is
 * written after in a few statements (outbox.projection.ts). Applying the events one by one
 * to the tables gives the same rows: the spec replays the same log both ways.
 */
import type {
  Audience,
  CaseAcknowledged,
  CaseClassified,
  CaseMerged,
  CaseReceived,
  CaseRouted,
  CaseSnapshot,
  CitizenMessageContent,
  MessageDelivered,
  MessageDeliveryFailed,
  MessagePurpose,
  RecordedEvent,
  ReferentMessageContent,
  SectorEstablished,
  SectorReferentAppointed,
  SectorReferentRemoved,
  SectorRenamed,
} from '../../src/read-side';
import { messageIdFor } from './message-id';
import { acknowledgedByEmail, CITIZEN_MESSAGE_EVENTS, citizenMessageSent, REFERENT_MESSAGE_EVENTS } from './message-rules';

/** Events that change what later messages say (the due date). */
export const DUE_DATE_EVENTS = ['CaseClassified', 'CaseReclassified', 'CitizenInformationReceived', 'CaseReopened', 'FinalReplyDeadlineExtended'];

/** Events about sectors and deliveries: everything else the outbox handles is about one case. */
export const NON_CASE_EVENTS: readonly string[] = [
  'SectorEstablished',
  'SectorRenamed',
  'SectorReferentAppointed',
  'SectorReferentRemoved',
  'MessageDelivered',
  'MessageDeliveryFailed',
];
const NOT_ABOUT_ONE_CASE = new Set(NON_CASE_EVENTS);

/** A row of the outbox's cases table, as stored (received_at as an ISO instant). */
export interface OutboxCase {
  case_id: string;
  reference: string;
  kind: string | null;
  subject: string | null;
  citizen_id: string;
  citizen: unknown;
  has_email: boolean;
  final_reply_due_date: string;
  received_at: string;
  sector_id: string | null;
  merged_into: string | null;
}

export interface OutboxReferent {
  user_id: string;
  display_name: string;
  email: string | null;
}

/** A sector as the batch knows it: its name (undefined if never established) and its referents by user. */
export interface OutboxSector {
  name: string | undefined;
  referents: Map<string, OutboxReferent>;
}

export interface OutboxMessage {
  message_id: string;
  source_event_id: string;
  correlation_id: string;
  case_id: string;
  reference: string;
  purpose: MessagePurpose;
  audience: Audience;
  content: CitizenMessageContent | ReferentMessageContent;
  created_at: string;
  position_commit: number;
  position_prepare: number;
}

/** A delivery outcome to record on a message; a failure never overwrites a delivery. */
export interface OutboxDeliveryUpdate {
  message_id: string;
  status: 'delivered' | 'failed' | 'retrying';
  attempts: number;
  next_attempt_at: string | null;
  last_response: string | null;
  updated_at: string;
}

/** What the batch must read before it folds: the cases, the cases merged into survivors, the sectors. */
export interface OutboxBatchReads {
  caseIds: string[];
  /** Cases answered in the batch, whose merged duplicates are told. */
  survivorIds: string[];
  sectorIds: string[];
  /** Sectors of the loaded cases are needed too when the batch writes to referents. */
  needsCaseSectors: boolean;
}

export function readsOf(events: readonly RecordedEvent[]): OutboxBatchReads {
  const caseIds = new Set<string>();
  const survivorIds = new Set<string>();
  const sectorIds = new Set<string>();
  let needsCaseSectors = false;
  for (const event of events) {
    const data = event.data as Record<string, unknown>;
    if (typeof data.sectorId === 'string') sectorIds.add(data.sectorId);
    if (NOT_ABOUT_ONE_CASE.has(event.type) || typeof data.caseId !== 'string') continue;
    caseIds.add(data.caseId);
    if (event.type === 'FinalReplySent') survivorIds.add(data.caseId);
    if (event.type in REFERENT_MESSAGE_EVENTS) needsCaseSectors = true;
  }
  return { caseIds: [...caseIds], survivorIds: [...survivorIds], sectorIds: [...sectorIds], needsCaseSectors };
}

export interface OutboxChanges {
  cases: OutboxCase[];
  sectors: { sector_id: string; name: string }[];
  referents: { sector_id: string; user_id: string; display_name: string; email: string | null }[];
  removedReferents: { sector_id: string; user_id: string }[];
  messages: OutboxMessage[];
  deliveries: OutboxDeliveryUpdate[];
}

export class OutboxBatch {
  private readonly changedCases = new Set<string>();
  private readonly changedSectors = new Set<string>();
  /** `${sectorId}\u241f${userId}` of the referents appointed or removed in the batch. */
  private readonly touchedReferents = new Map<string, { sectorId: string; userId: string }>();
  private readonly messages = new Map<string, OutboxMessage>();
  private readonly deliveries = new Map<string, OutboxDeliveryUpdate>();

  /** `cases` and `sectors` hold every row readsOf() asked for that exists; they are changed in place. */
  constructor(
    private readonly cases: Map<string, OutboxCase>,
    private readonly sectors: Map<string, OutboxSector>,
  ) {}

  apply(event: RecordedEvent): void {
    switch (event.type) {
      case 'CaseReceived':
        return this.received(event.data as CaseReceived['data']);
      case 'SectorEstablished':
      case 'SectorRenamed': {
        const d = event.data as (SectorEstablished | SectorRenamed)['data'];
        this.sector(d.sectorId).name = d.name;
        this.changedSectors.add(d.sectorId);
        return;
      }
      case 'SectorReferentAppointed': {
        const d = event.data as SectorReferentAppointed['data'];
        this.sector(d.sectorId).referents.set(d.userId, { user_id: d.userId, display_name: d.displayName, email: d.email ?? null });
        this.touchedReferents.set(`${d.sectorId}\u241f${d.userId}`, { sectorId: d.sectorId, userId: d.userId });
        return;
      }
      case 'SectorReferentRemoved': {
        const d = event.data as SectorReferentRemoved['data'];
        this.sector(d.sectorId).referents.delete(d.userId);
        this.touchedReferents.set(`${d.sectorId}\u241f${d.userId}`, { sectorId: d.sectorId, userId: d.userId });
        return;
      }
      case 'MessageDelivered': {
        const d = event.data as MessageDelivered['data'];
        this.deliveries.set(d.messageId, {
          message_id: d.messageId,
          status: 'delivered',
          attempts: d.attempt,
          next_attempt_at: null,
          last_response: d.smtpResponse ?? null,
          updated_at: d.deliveredAt,
        });
        return;
      }
      case 'MessageDeliveryFailed': {
        const d = event.data as MessageDeliveryFailed['data'];
        if (this.deliveries.get(d.messageId)?.status === 'delivered') return;
        this.deliveries.set(d.messageId, {
          message_id: d.messageId,
          status: d.permanent ? 'failed' : 'retrying',
          attempts: d.attempt,
          next_attempt_at: d.nextAttemptAt ?? null,
          last_response: d.smtpResponse ?? null,
          updated_at: d.failedAt,
        });
        return;
      }
    }
    this.caseEvent(event);
  }

  changes(): OutboxChanges {
    const referents: OutboxChanges['referents'] = [];
    const removedReferents: OutboxChanges['removedReferents'] = [];
    for (const { sectorId, userId } of this.touchedReferents.values()) {
      const referent = this.sectors.get(sectorId)?.referents.get(userId);
      if (referent) referents.push({ sector_id: sectorId, ...referent });
      else removedReferents.push({ sector_id: sectorId, user_id: userId });
    }
    return {
      cases: [...this.changedCases].map((caseId) => this.cases.get(caseId)!),
      sectors: [...this.changedSectors].map((sectorId) => ({ sector_id: sectorId, name: this.sectors.get(sectorId)!.name! })),
      referents,
      removedReferents,
      messages: [...this.messages.values()],
      deliveries: [...this.deliveries.values()],
    };
  }

  private received(d: CaseReceived['data']): void {
    // Seen already (the row exists): the first registration stands.
    if (this.cases.has(d.caseId)) return;
    this.cases.set(d.caseId, {
      case_id: d.caseId,
      reference: d.reference,
      kind: d.kind ?? null,
      subject: d.subject ?? null,
      citizen_id: d.citizenId,
      // As jsonb gives it back: what JSON keeps of the sealed details.
      citizen: JSON.parse(JSON.stringify(d.citizen ?? null)) as unknown,
      has_email: false,
      final_reply_due_date: d.finalReplyDueDate,
      received_at: new Date(d.receivedAt).toISOString(),
      sector_id: null,
      merged_into: null,
    });
    this.changedCases.add(d.caseId);
  }

  private caseEvent(event: RecordedEvent): void {
    const data = event.data as Record<string, unknown>;
    const caseId = typeof data.caseId === 'string' ? data.caseId : null;
    if (!caseId) return;
    const row = this.cases.get(caseId);
    if (!row) return; // a case this projection never saw registered (cannot happen on a whole log)
    const change = (apply: () => void) => {
      apply();
      this.changedCases.add(caseId);
    };

    if (event.type === 'CaseAcknowledged') change(() => (row.has_email = acknowledgedByEmail((event.data as CaseAcknowledged['data']).channel)));
    if (event.type === 'CaseRouted') change(() => (row.sector_id = (event.data as CaseRouted['data']).sectorId));
    if (event.type === 'CaseClassified' || event.type === 'CaseReclassified') {
      const d = event.data as CaseClassified['data'];
      change(() => {
        row.kind = d.kind;
        row.subject = d.subject;
      });
    }
    if (event.type === 'CaseMerged' || event.type === 'CaseUnmerged') {
      change(() => (row.merged_into = event.type === 'CaseMerged' ? (event.data as CaseMerged['data']).intoCaseId : null));
    }
    const dueDate = event.type === 'FinalReplyDeadlineExtended' ? data.newDueDate : DUE_DATE_EVENTS.includes(event.type) ? data.finalReplyDueDate : undefined;
    if (typeof dueDate === 'string') change(() => (row.final_reply_due_date = dueDate));

    const citizenPurpose = CITIZEN_MESSAGE_EVENTS[event.type];
    if (citizenPurpose && citizenMessageSent(event.type, data.channel, row.has_email)) {
      this.message(event, citizenPurpose, 'citizen', { case: snapshotOf(row), citizen: row.citizen, event: data });
    }
    if (event.type === 'FinalReplySent') this.tellDuplicates(event, row);
    const referentPurpose = REFERENT_MESSAGE_EVENTS[event.type];
    const sectorId = typeof data.sectorId === 'string' ? data.sectorId : row.sector_id;
    if (referentPurpose && sectorId) {
      const sector = this.sectors.get(sectorId);
      const recipients = [...(sector?.referents.values() ?? [])]
        .filter((r): r is OutboxReferent & { email: string } => r.email !== null)
        .sort((a, b) => (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
      this.message(event, referentPurpose, 'referents', {
        case: snapshotOf(row),
        sectorName: sector?.name ?? sectorId,
        recipients: recipients.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email })),
        event: data,
      });
    }
  }

  /**
   * The citizens of the cases merged into this one learn that it was answered, and where to
   * follow it: never the reply's text, which was written to another citizen.
   */
  private tellDuplicates(event: RecordedEvent, survivor: OutboxCase): void {
    const duplicates = [...this.cases.values()]
      .filter((row) => row.merged_into === survivor.case_id && row.has_email)
      .sort((a, b) => (a.case_id < b.case_id ? -1 : a.case_id > b.case_id ? 1 : 0));
    for (const duplicate of duplicates) {
      const content: CitizenMessageContent = {
        case: snapshotOf(duplicate),
        citizen: duplicate.citizen,
        event: { survivorReference: survivor.reference, answeredAt: (event.data as { sentAt?: unknown }).sentAt ?? event.metadata.recordedAt },
      };
      this.message(event, 'duplicate_answered', 'citizen', content, messageIdFor(`${event.id}/${duplicate.case_id}`));
    }
  }

  private message(
    event: RecordedEvent,
    purpose: MessagePurpose,
    audience: Audience,
    content: CitizenMessageContent | ReferentMessageContent,
    messageId = messageIdFor(event.id),
  ): void {
    // The first message under an id stands, as ON CONFLICT DO NOTHING keeps the stored one.
    if (this.messages.has(messageId)) return;
    this.messages.set(messageId, {
      message_id: messageId,
      source_event_id: event.id,
      correlation_id: event.metadata.correlationId,
      case_id: content.case.caseId,
      reference: content.case.reference,
      purpose,
      audience,
      content,
      created_at: event.metadata.recordedAt,
      position_commit: event.position.commit,
      position_prepare: event.position.prepare,
    });
  }

  private sector(sectorId: string): OutboxSector {
    let sector = this.sectors.get(sectorId);
    if (!sector) this.sectors.set(sectorId, (sector = { name: undefined, referents: new Map() }));
    return sector;
  }
}

function snapshotOf(row: OutboxCase): CaseSnapshot {
  return {
    caseId: row.case_id,
    reference: row.reference,
    kind: row.kind,
    subject: row.subject,
    citizenId: row.citizen_id,
    finalReplyDueDate: row.final_reply_due_date,
    receivedAt: row.received_at,
  };
}
