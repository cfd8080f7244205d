import { Inject, Injectable } from '@nestjs/common';
import { sectorStream, type SectorEvent } from '../../contracts';
import { acceptsCases, DomainError, sectorDecider, stateFrom, type Sector } from '../../domain';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';

/** Read-only view of the sectors, for routing: a case goes only to a sector that exists and accepts cases. */
@Injectable()
export class SectorDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async requireAcceptingCases(sectorId: string): Promise<Sector> {
    const events = await this.store.readStream(sectorStream(sectorId));
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
}
