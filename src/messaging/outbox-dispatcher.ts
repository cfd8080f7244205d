/**
 * Sends the outbox's pending messages, outside the projection's transaction, and records each
 * outcome as an event of the message's stream, with an id derived from (message, attempt): a
 * record appended twice is stored once. A crash between the send and the record resends the
 * message once, with the same Message-ID, so the receiver can drop the copy. Transient refusals
 * (4xx, connection errors) are retried with exponential backoff up to a bound; permanent ones
 * (5xx) are recorded once and never retried. One message's failure never stops the others.
 */
import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messageStream, OUTBOX_MESSAGES, type DeliveryFailureReason } from '../contracts';
import { EVENT_STORE, EventStore, NewEvent } from '../event-store/event-store.port';
import { CLOCK, Clock } from '../shared/clock';
import { isUndeliverable } from './compose/composed-message';
import { MessageComposer, OutboxRow } from './compose/message-composer';
import { deliveryStateOf } from './delivery-state';
import { MailSendError, MailTransport } from './mail-transport';
import type { MessageDeliveredData, MessageDeliveryFailedData } from './message-event-data';
import { MAIL_TRANSPORT, MESSAGING_SETTINGS } from './messaging.tokens';
import { MessagingSettings, retryDelaySeconds } from './messaging-settings';

export const MAILER_ACTOR = Object.freeze({ id: 'outbox-dispatcher', role: 'system' });

const SOURCE_EVENT_TYPE: Record<string, string> = {
  acknowledgement: 'CaseAcknowledged',
  information_request: 'CitizenInformationRequested',
  interim_reply: 'InterimReplySent',
  deadline_extension: 'FinalReplyDeadlineExtended',
  final_reply: 'FinalReplySent',
  survey_invitation: 'CaseClosed',
  routing: 'CaseRouted',
  take_charge_reminder: 'TakeChargeReminderSent',
  hand_back: 'CaseHandedBack',
};

export interface DispatchRound {
  delivered: number;
  failed: number;
  retrying: number;
}

@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DispatchRound> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly composer: MessageComposer,
    @Inject('MESSAGING_RUN') private readonly run: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.run || this.settings.dispatchIntervalMs === 0) return;
    const tick = () => {
      if (this.stopped) return;
      this.dispatchOnce()
        .catch((error) => this.logger.error(`Dispatch round failed: ${(error as Error).message}`))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.settings.dispatchIntervalMs);
        });
    };
    this.timer = setTimeout(tick, this.settings.dispatchIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  /** One round over the due messages; rounds never overlap. */
  dispatchOnce(): Promise<DispatchRound> {
    if (!this.running) this.running = this.round().finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<DispatchRound> {
    const tally: DispatchRound = { delivered: 0, failed: 0, retrying: 0 };
    const now = this.clock.now();
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT message_id, source_event_id, correlation_id, case_id, reference, purpose, audience, content FROM ${OUTBOX_MESSAGES}
       WHERE status IN ('pending', 'retrying') AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
       ORDER BY position_commit, position_prepare LIMIT $2`,
      [now.toISOString(), this.settings.batchSize],
    );
    for (const row of rows) {
      try {
        const outcome = await this.deliver(row, now);
        if (outcome) tally[outcome] += 1;
      } catch (error) {
        // A failure to record (event store down) leaves the row pending for the next round.
        this.logger.error(`Message ${row.message_id} not dispatched: ${(error as Error).message}`);
      }
    }
    return tally;
  }

  private async deliver(row: OutboxRow, now: Date): Promise<keyof DispatchRound | null> {
    const stream = messageStream(row.message_id);
    const state = deliveryStateOf(await this.store.readStream(stream), now);
    if (state.status !== 'due') return null;
    const attempt = state.attempt;
    const sourceType = SOURCE_EVENT_TYPE[row.purpose] ?? row.purpose;
    const composed = await this.composer.compose(row, sourceType);
    if (isUndeliverable(composed)) {
      await this.recordFailure(row, attempt, composed.undeliverable, null, composed.explanation, true, now);
      return 'failed';
    }
    let result: Awaited<ReturnType<MailTransport['send']>>;
    try {
      result = await this.transport.send({
        messageId: `<${row.message_id}@${this.settings.messageIdDomain}>`,
        from: this.settings.mailFrom,
        to: composed.to,
        subject: composed.subject,
        text: composed.text,
        date: now,
        headers: { 'X-URP-Reference': row.reference, 'X-URP-Purpose': row.purpose, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const code = error instanceof MailSendError ? error.smtpCode : null;
      const permanent = (code !== null && code >= 500) || attempt >= this.settings.maxAttempts;
      const reason: DeliveryFailureReason = code === null ? 'smtp_unavailable' : 'smtp_refused';
      await this.recordFailure(row, attempt, reason, code, (error as Error).message, permanent, now);
      return permanent ? 'failed' : 'retrying';
    }
    // Outside the try: a failure to record after the server accepted is not a refusal; the
    // row stays pending and the next round resends it once, with the same Message-ID.
    const data: MessageDeliveredData = {
        messageId: row.message_id,
        sourceEventId: row.source_event_id,
        caseId: row.case_id,
        purpose: row.purpose,
        recipientCount: result.accepted,
        attempt,
        smtpResponse: result.response,
        deliveredAt: this.clock.now().toISOString(),
      };
    await this.append(row, { id: recordId(row.message_id, 'delivered'), type: 'MessageDelivered', data });
    return 'delivered';
  }

  private recordFailure(row: OutboxRow, attempt: number, reason: DeliveryFailureReason, code: number | null, response: string, permanent: boolean, now: Date) {
    const data: MessageDeliveryFailedData = {
      messageId: row.message_id,
      sourceEventId: row.source_event_id,
      caseId: row.case_id,
      purpose: row.purpose,
      attempt,
      reason,
      smtpCode: code,
      smtpResponse: response.slice(0, 1000),
      permanent,
      nextAttemptAt: permanent ? null : new Date(now.getTime() + retryDelaySeconds(this.settings, attempt) * 1000).toISOString(),
      failedAt: this.clock.now().toISOString(),
    };
    return this.append(row, { id: recordId(row.message_id, `failed-${attempt}`), type: 'MessageDeliveryFailed', data });
  }

  private async append(row: OutboxRow, event: Omit<NewEvent, 'metadata'>): Promise<void> {
    await this.store.appendToStream(messageStream(row.message_id), [
      {
        ...event,
        metadata: {
          correlationId: row.correlation_id,
          causationId: row.source_event_id,
          actor: MAILER_ACTOR,
          recordedAt: this.clock.now().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
  }
}

/** The id of a delivery record: the same message and attempt always give the same id. */
export function recordId(messageId: string, what: string): string {
  const hash = createHash('sha256').update(`urp-message-record\u241f${messageId}\u241f${what}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
