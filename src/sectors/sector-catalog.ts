import { Inject, Injectable } from '@nestjs/common';
import { sectorStream, type SectorEvent } from '../contracts';
import { DomainError, sectorDecider, stateFrom } from '../domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '../event-store/event-store.port';
import { SECTOR_STREAM_PREFIX } from '../contracts';
import { readAllMatching } from '../event-store/read-all-matching';
import { SectorView, toSectorView } from './sector-view';

/**
 * The sectors, folded straight from their events on each read: a comune has tens of
 * sectors with a handful of events each, so no read model is needed. One sector is read
 * from its own stream, current at once; the list comes from the global log, which shows a
 * new event once every older transaction on the database has ended (normally milliseconds).
 */
@Injectable()
export class SectorCatalog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every sector ever established, dissolved ones included, by name. */
  async list(): Promise<SectorView[]> {
    const byStream = new Map<string, RecordedEvent[]>();
    for await (const event of readAllMatching(this.store, { streamPrefixes: [SECTOR_STREAM_PREFIX] })) {
      byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event]);
    }
    return [...byStream.values()]
      .map(viewOf)
      .filter((view): view is SectorView => view !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'it'));
  }

  async find(sectorId: string): Promise<SectorView | null> {
    return viewOf(await this.store.readStream(sectorStream(sectorId)));
  }

  async get(sectorId: string): Promise<SectorView> {
    const view = await this.find(sectorId);
    if (!view) throw new DomainError('SECTOR_NOT_FOUND', `Sector ${sectorId} does not exist`, { sectorId });
    return view;
  }

  /** The sector other than `exceptSectorId` that uses the slug, if any. */
  async holderOfSlug(slug: string, exceptSectorId: string): Promise<SectorView | null> {
    return (await this.list()).find((sector) => sector.slug === slug && sector.id !== exceptSectorId) ?? null;
  }
}

function viewOf(events: readonly RecordedEvent[]): SectorView | null {
  if (events.length === 0) return null;
  const state = stateFrom(sectorDecider, events.map((e) => ({ type: e.type, data: e.data }) as SectorEvent));
  return state.status === 'none' ? null : toSectorView(state, events[events.length - 1].revision);
}
