import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { LiveView } from '../../command-handling/live-view';
import { LocalAppends } from '../../command-handling/local-appends';
import { SECTOR_STREAM_PREFIX, sectorStream, type SectorEvent } from '../../contracts';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';

/**
 * Whether a referent was removed from the sector their account acts for: the sectors' events
 * in memory (LiveView), told at once of this process's own appends (LocalAppends), so the
 * request after a RemoveReferent is already refused; another process's removal arrives by
 * the subscription. A referent never appointed is not "removed": accounts are bound to a
 * sector when they are made, the appointment only lists them among its referents.
 */
@Injectable()
export class ReferentStanding implements OnModuleDestroy {
  private readonly view: LiveView;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Optional() local?: LocalAppends) {
    this.view = LiveView.ofStreamsStartingWith(store, SECTOR_STREAM_PREFIX, local);
  }

  async wasRemoved(sectorId: string, userId: string): Promise<boolean> {
    await this.view.whenReady();
    let removed = false;
    for (const event of (this.view.eventsOf(sectorStream(sectorId)) ?? []) as readonly SectorEvent[]) {
      if (event.type === 'SectorReferentAppointed' && event.data.userId === userId) removed = false;
      if (event.type === 'SectorReferentRemoved' && event.data.userId === userId) removed = true;
    }
    return removed;
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }
}
