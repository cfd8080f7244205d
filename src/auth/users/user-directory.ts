import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { LiveView } from '../../command-handling/live-view';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { USER_EVENT_TYPES, userStream } from './user-events';
import { foldUser, type UserState } from './user-state';

const USER_TYPES: readonly string[] = USER_EVENT_TYPES;

/**
 * The users in memory, for the check of every request's token: folded once from the log,
 * kept current by a subscription to the user events. The user commands of this process
 * call `refresh` after their append, so a deactivation or a password change is refused
 * from the very next request; one made by another process (a CLI) as soon as the
 * subscription brings it. A user not seen yet is read by name.
 */
@Injectable()
export class UserDirectory implements OnModuleDestroy {
  private readonly view: LiveView;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.view = new LiveView(store, { eventTypes: USER_EVENT_TYPES }, (event) => USER_TYPES.includes(event.type));
  }

  async user(userId: string): Promise<UserState | null> {
    await this.view.whenReady();
    const stream = userStream(userId);
    const events = this.view.eventsOf(stream) ?? (await this.view.refresh(stream));
    return foldUser(events as readonly RecordedEvent[]);
  }

  /**
   * Every user, deactivated ones included, sorted by username: from memory, so a user this
   * process just created or changed is listed at once (a read of the global log shows an
   * event only once every transaction of the cluster begun before it has ended).
   */
  async all(): Promise<UserState[]> {
    await this.view.whenReady();
    return [...this.view.allStreams()]
      .filter((events) => events.length > 0 && events[0].streamName.startsWith(userStream('')))
      .map((events) => foldUser(events as readonly RecordedEvent[]))
      .filter((user): user is UserState => user !== null)
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  /** After this process changed the user: take the change in before answering. */
  async refresh(userId: string): Promise<void> {
    await this.view.whenReady();
    await this.view.refresh(userStream(userId));
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }
}
