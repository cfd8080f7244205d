/**
 * Events of a message stream (`message-${messageId}`): what became of one message the office
 * sends (to a citizen or to a sector's referents). The message id is derived from the event that
 * means the message, so a message has one stream and one Message-ID however often it is tried.
 * They carry no address and no text: those are personal data, kept sealed in the case's events.
 */
import type { DomainEvent, Instant } from './event';

export const MESSAGE_STREAM_PREFIX = 'message-';

export function messageStream(messageId: string): string {
  return `${MESSAGE_STREAM_PREFIX}${messageId}`;
}

/** Why a delivery did not happen: the SMTP server refused or was unreachable, or there is no one to write to. */
export const DELIVERY_FAILURE_REASONS = ['smtp_refused', 'smtp_unavailable', 'no_recipient', 'recipient_erased'] as const;
export type DeliveryFailureReason = (typeof DELIVERY_FAILURE_REASONS)[number];

/** The outgoing mail server accepted the message for its recipients. */
export type MessageDelivered = DomainEvent<
  'MessageDelivered',
  {
    messageId: string;
    sourceEventId: string;
    caseId: string;
    /** What the message is (acknowledgement, final_reply, routing, …). */
    purpose: string;
    /** How many recipients the server accepted. */
    recipientCount: number;
    attempt: number;
    /** The server's answer, e.g. "250 2.0.0 Ok: queued". */
    smtpResponse: string;
    deliveredAt: Instant;
  }
>;

/** One attempt failed; `permanent` says no further attempt will be made. */
export type MessageDeliveryFailed = DomainEvent<
  'MessageDeliveryFailed',
  {
    messageId: string;
    sourceEventId: string;
    caseId: string;
    purpose: string;
    attempt: number;
    reason: DeliveryFailureReason;
    /** The SMTP reply code (e.g. 451, 550), null when there was no SMTP answer. */
    smtpCode: number | null;
    /** The server's answer or the connection error, as received. */
    smtpResponse: string;
    permanent: boolean;
    /** When the next attempt is due; null when permanent. */
    nextAttemptAt: Instant | null;
    failedAt: Instant;
  }
>;

export type MessageEvent = MessageDelivered | MessageDeliveryFailed;
export type MessageEventType = MessageEvent['type'];
