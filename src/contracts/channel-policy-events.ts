/**
 * Events of the office's channel policy (one stream, `channel-policy`): which kinds of case
 * each channel accepts. A case is judged by the policy in force when it was received, so
 * the stream is a history, never rewritten.
 */
import type { DomainEvent, Instant } from './event';
import type { CaseKind, Channel } from './vocabulary';

export const CHANNEL_POLICY_STREAM = 'channel-policy';

/** From `setAt` on, `channel` accepts exactly `acceptedKinds`. */
export type ChannelPolicySet = DomainEvent<'ChannelPolicySet', { channel: Channel; acceptedKinds: CaseKind[]; setAt: Instant }>;

export type ChannelPolicyEvent = ChannelPolicySet;
export type ChannelPolicyEventType = ChannelPolicyEvent['type'];

export const CHANNEL_POLICY_EVENT_TYPES: readonly ChannelPolicyEventType[] = ['ChannelPolicySet'];
