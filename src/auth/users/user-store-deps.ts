import type { EventStore } from '../../event-store/event-store.port';
import type { Clock } from '../../shared/clock';

/** What the user commands need: plain functions over these, usable outside Nest (seeding, tests). */
export interface UserStoreDeps {
  eventStore: EventStore;
  clock: Clock;
}
