import { Inject, Injectable } from '@nestjs/common';
import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/clock';
import type { UserStoreDeps } from './user-store-deps';

/** The user commands' dependencies inside Nest: the application's store, clock and shared write path. */
@Injectable()
export class UserWriteDeps implements UserStoreDeps {
  constructor(
    @Inject(EVENT_STORE) readonly eventStore: EventStore,
    @Inject(CLOCK) readonly clock: Clock,
    readonly decideAndAppend: DecideAndAppend,
  ) {}
}
