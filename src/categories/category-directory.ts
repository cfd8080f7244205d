import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { LiveView } from '../command-handling/live-view';
import { LocalAppends } from '../command-handling/local-appends';
import { CATEGORY_STREAM_PREFIX, type CategoryEvent } from '../contracts';
import { categoryDecider, stateFrom, type Category } from '../domain';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';

export interface StoredCategory {
  category: Category;
  revision: number;
}

/**
 * The category catalogue, for registration, classification, Open311 and the public list:
 * folded once from the log and kept current in memory (LiveView), so a registration never
 * scans the log. A category added through this process applies to the very next command.
 */
@Injectable()
export class CategoryDirectory implements OnModuleDestroy {
  private readonly view: LiveView;
  private folded = new Map<string, StoredCategory>();
  private foldedAt = -1;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Optional() local?: LocalAppends) {
    this.view = new LiveView(
      store,
      { streamPrefixes: [CATEGORY_STREAM_PREFIX] },
      (event) => event.streamName.startsWith(CATEGORY_STREAM_PREFIX),
      local,
    );
  }

  /** Every category ever added, by code, with the revision of its stream. */
  async all(): Promise<ReadonlyMap<string, StoredCategory>> {
    await this.view.whenReady();
    if (this.foldedAt !== this.view.changeCount) {
      const folded = new Map<string, StoredCategory>();
      for (const events of this.view.allStreams()) {
        const state = stateFrom(categoryDecider, events.map((event) => ({ type: event.type, data: event.data }) as CategoryEvent));
        if (state.status !== 'none') folded.set(state.code, { category: state, revision: events[events.length - 1].revision });
      }
      this.folded = folded;
      this.foldedAt = this.view.changeCount;
    }
    return this.folded;
  }

  /** The catalogue as the domain's requireCategoryFor reads it. */
  async catalogue(): Promise<ReadonlyMap<string, Category>> {
    return new Map([...(await this.all())].map(([code, stored]) => [code, stored.category]));
  }

  onModuleDestroy(): Promise<void> {
    return this.view.close();
  }
}
