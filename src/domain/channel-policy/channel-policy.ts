/**
 * The office's channel policy: which kinds of case each channel accepts, as a history of
 * admin decisions (one stream). Where the admin has said nothing, seed 000's rule holds: no
 * complaint and no report through the social networks and the institutional chats.
 */
import {
  CASE_KINDS,
  CHANNELS,
  SOCIAL_CHANNELS,
  type ActorRole,
  type CaseKind,
  type Channel,
  type ChannelPolicyEvent,
  type ChannelPolicySet,
  type Instant,
} from '../../contracts';
import { requireRole, type Actor } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { requireInstant, requireOneOf } from '../shared/validation';

export const CHANNEL_POLICY_EDITOR_ROLES: readonly ActorRole[] = ['admin'];

/** "Nuovi canali, social e chat istituzionali" (seed 000): information yes, complaints and reports no. */
export const CHAT_CHANNELS = ['whatsapp', 'telegram', 'web_chat'] as const satisfies readonly Channel[];
export const KINDS_REFUSED_BY_DEFAULT: readonly CaseKind[] = ['complaint', 'report'];

const RESTRICTED_BY_DEFAULT: readonly Channel[] = [...SOCIAL_CHANNELS, ...CHAT_CHANNELS];

export function defaultAcceptedKinds(channel: Channel): CaseKind[] {
  return RESTRICTED_BY_DEFAULT.includes(channel) ? CASE_KINDS.filter((kind) => !KINDS_REFUSED_BY_DEFAULT.includes(kind)) : [...CASE_KINDS];
}

export interface SetChannelPolicy {
  type: 'SetChannelPolicy';
  channel: Channel;
  acceptedKinds: readonly CaseKind[];
  actor: Actor;
  at: Instant;
}

/** Every decision, oldest first. */
export interface ChannelPolicyState {
  decisions: ChannelPolicySet['data'][];
}

export const initialChannelPolicy = (): ChannelPolicyState => ({ decisions: [] });

/** What `channel` accepted at `instant` (the last decision made by then, or the default). */
export function acceptedKindsAt(policy: ChannelPolicyState, channel: Channel, instant: Instant): CaseKind[] {
  let accepted: CaseKind[] | null = null;
  for (const decision of policy.decisions) {
    if (decision.channel === channel && Date.parse(decision.setAt) <= Date.parse(instant)) accepted = decision.acceptedKinds;
  }
  return accepted ? [...accepted] : defaultAcceptedKinds(channel);
}

/** The whole policy at `instant`, channel by channel. */
export function policyAt(policy: ChannelPolicyState, instant: Instant): Record<Channel, CaseKind[]> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, acceptedKindsAt(policy, channel, instant)])) as Record<Channel, CaseKind[]>;
}

export function decideChannelPolicy(command: SetChannelPolicy, state: ChannelPolicyState): ChannelPolicyEvent[] {
  requireRole(command.actor, CHANNEL_POLICY_EDITOR_ROLES, command.type);
  const at = requireInstant(command.at, 'at');
  const channel = requireOneOf(command.channel, CHANNELS, 'channel');
  const given = [...new Set(command.acceptedKinds ?? [])].map((kind) => requireOneOf(kind, CASE_KINDS, 'acceptedKinds'));
  // An empty list is allowed: a channel the office no longer takes cases from.
  const acceptedKinds = CASE_KINDS.filter((kind) => given.includes(kind));
  // Saying again what already holds records nothing, so a repeated PUT is harmless.
  if (acceptedKindsAt(state, channel, at).join() === acceptedKinds.join()) return [];
  return [{ type: 'ChannelPolicySet', data: { channel, acceptedKinds, setAt: at } }];
}

export function evolveChannelPolicy(state: ChannelPolicyState, event: ChannelPolicyEvent): ChannelPolicyState {
  return { decisions: [...state.decisions, { ...event.data, acceptedKinds: [...event.data.acceptedKinds] }] };
}

export const channelPolicyDecider: Decider<SetChannelPolicy, ChannelPolicyEvent, ChannelPolicyState> = {
  decide: decideChannelPolicy,
  evolve: evolveChannelPolicy,
  initialState: initialChannelPolicy,
};
