import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { LiveView } from '../command-handling/live-view';
import { LocalAppends } from '../command-handling/local-appends';
import { CHANNEL_POLICY_STREAM, type CaseKind, type Channel, type ChannelPolicyEvent, type Instant } from '../contracts';
import { acceptedKindsAt, channelPolicyDecider, stateFrom, type ChannelPolicyState } from '../domain';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';

/** What a channel accepts at an instant, for registration and classification. */
export type AcceptedKindsAt = (channel: Channel, at: Instant) => CaseKind[];

/**
 * The channel policy's history, kept in memory (LiveView) so a registration never reads
 * the log: a case is judged by the policy in force when it was received.
 */
@Injectable()
export class ChannelPolicyDirectory implements OnModuleDestroy {
  private readonly view: LiveView;
  private folded: ChannelPolicyState = channelPolicyDecider.initialState();
  private revision = -1;
  private foldedAt = -1;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Optional() local?: LocalAppends) {
    this.view = new LiveView(store, { streamPrefixes: [CHANNEL_POLICY_STREAM] }, (event) => event.streamName === CHANNEL_POLICY_STREAM, local);
  }

  async current(): Promise<{ state: ChannelPolicyState; revision: number }> {
    await this.view.whenReady();
    if (this.foldedAt !== this.view.changeCount) {
      const events = this.view.eventsOf(CHANNEL_POLICY_STREAM) ?? [];
      this.folded = stateFrom(channelPolicyDecider, events.map((event) => ({ type: event.type, data: event.data }) as ChannelPolicyEvent));
      this.revision = events.length === 0 ? -1 : events[events.length - 1].revision;
      this.foldedAt = this.view.changeCount;
    }
    return { state: this.folded, revision: this.revision };
  }

  async lookup(): Promise<AcceptedKindsAt> {
    const { state } = await this.current();
    return (channel, at) => acceptedKindsAt(state, channel, at);
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }
}
