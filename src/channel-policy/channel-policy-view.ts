import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel, type Instant } from '../contracts';
import { acceptedKindsAt, type ChannelPolicyState } from '../domain';

export class ChannelRuleView {
  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  /** The kinds of case the channel accepts. */
  @ApiProperty({ enum: CASE_KINDS, isArray: true })
  acceptedKinds: CaseKind[];

  /** When an admin set this rule; null: the default rule (seed 000). */
  @ApiProperty({ format: 'date-time', type: String })
  since: Instant | null;
}

export class ChannelPolicyView {
  /** The instant the policy is shown for. */
  @ApiProperty({ format: 'date-time' })
  at: Instant;

  channels: ChannelRuleView[];

  /** Revision of the policy stream (also the ETag); -1 while only the defaults hold. */
  revision: number;
}

export function toChannelPolicyView(state: ChannelPolicyState, revision: number, at: Instant): ChannelPolicyView {
  return {
    at,
    revision,
    channels: CHANNELS.map((channel) => {
      const decisions = state.decisions.filter((d) => d.channel === channel && Date.parse(d.setAt) <= Date.parse(at));
      return { channel, acceptedKinds: acceptedKindsAt(state, channel, at), since: decisions.at(-1)?.setAt ?? null };
    }),
  };
}
