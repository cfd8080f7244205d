import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { LiveView } from '../../command-handling/live-view';
import { LocalAppends } from '../../command-handling/local-appends';
import { SECTOR_STREAM_PREFIX, sectorStream, type SectorEvent } from '../../contracts';
import { acceptsCases, DomainError, sectorDecider, stateFrom, type Sector } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';

/**
 * Read-only view of the sectors, for routing: a case goes only to a sector that exists and
 * accepts cases. Kept in memory (LiveView); a sector this process has not seen yet (made a
 * moment ago elsewhere) is read by its stream's name before being refused.
 */
@Injectable()
export class SectorDirectory implements OnModuleDestroy {
  private readonly view: LiveView;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Optional() local?: LocalAppends) {
    this.view = LiveView.ofStreamsStartingWith(store, SECTOR_STREAM_PREFIX, local);
  }

  async requireAcceptingCases(sectorId: string): Promise<Sector> {
    await this.view.whenReady();
    const stream = sectorStream(sectorId);
    const events = this.view.eventsOf(stream) ?? (await this.view.refresh(stream));
    const state = stateFrom(
      sectorDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as SectorEvent),
    );
    if (state.status === 'none') {
      throw new DomainError('SECTOR_NOT_FOUND', `Sector ${sectorId} does not exist`, { sectorId, field: 'sectorId' });
    }
    if (!acceptsCases(state)) {
      throw new DomainError('SECTOR_DISSOLVED', `Sector ${state.name} was dissolved and takes no more cases`, {
        sectorId,
        field: 'sectorId',
      });
    }
    return state;
  }

  /** The sector's current name, if this process knows it (for answers only, never for a rule). */
  async nameOf(sectorId: string): Promise<string | null> {
    await this.view.whenReady();
    const events = this.view.eventsOf(sectorStream(sectorId));
    if (!events) return null;
    const state = stateFrom(sectorDecider, events.map((event) => ({ type: event.type, data: event.data }) as SectorEvent));
    return state.status === 'none' ? null : state.name;
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }
}
