/**
 * Which events mean a message, and when a citizen message is actually sent. Shared by the
 * outbox (which writes the message) and the case timeline (which must not claim an e-mail
 * the outbox will never send).
 */
import type { Channel } from '../../src/read-side';
import type { MessagePurpose } from '../../src/read-side';

export const CITIZEN_MESSAGE_EVENTS: Record<string, MessagePurpose> = {
  CaseAcknowledged: 'acknowledgement',
  CitizenInformationRequested: 'information_request',
  InterimReplySent: 'interim_reply',
  FinalReplyDeadlineExtended: 'deadline_extension',
  FinalReplySent: 'final_reply',
  CaseClosed: 'survey_invitation',
};
/** Sent whenever the case has a sector (with no referent address: recorded as no_recipient). */
export const REFERENT_MESSAGE_EVENTS: Record<string, MessagePurpose> = {
  CaseRouted: 'routing',
  TakeChargeReminderSent: 'take_charge_reminder',
  CaseHandedBack: 'hand_back',
};
const WRITTEN_CHANNELS: readonly Channel[] = ['email', 'pec', 'web'];

/** Events without a channel (an extension, a closure) go by e-mail to a citizen who gave one. */
export function writtenChannel(channel: unknown): boolean {
  return channel === undefined || WRITTEN_CHANNELS.includes(channel as Channel);
}

/** The citizen gave an e-mail address when the acknowledgement went by e-mail. */
export function acknowledgedByEmail(channel: Channel): boolean {
  return channel === 'email';
}

/** Whether the outbox writes a message to the citizen for this event. */
export function citizenMessageSent(eventType: string, channel: unknown, citizenHasEmail: boolean): boolean {
  return eventType in CITIZEN_MESSAGE_EVENTS && citizenHasEmail && writtenChannel(channel);
}
