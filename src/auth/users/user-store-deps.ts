import type { DecideAndAppend } from '../../command-handling/decide-and-append';
import type { EventStore } from '../../event-store/event-store.port';
import type { Clock } from '../../shared/clock';

/** What the user commands need: plain functions over these, usable outside Nest (seeding, tests). */
export interface UserStoreDeps {
  eventStore: EventStore;
  clock: Clock;
  /** The application's shared write path (it tells this process's views at once); a plain one otherwise. */
  decideAndAppend?: DecideAndAppend;
}
