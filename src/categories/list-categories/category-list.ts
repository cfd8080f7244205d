import { Inject, Injectable } from '@nestjs/common';
import type { CaseKind, RomeDate } from '../../contracts';
import { SectorCatalog } from '../../sectors/sector-catalog';
import { CLOCK, type Clock } from '../../shared/clock';
import { romeDate } from '../../shared/rome-time';
import { CategoryDirectory } from '../category-directory';
import { toCategoryView, type CategoryView } from '../category-view';

export interface CategoryListOptions {
  /** Default: today (Europe/Rome). */
  on?: RomeDate;
  kind?: CaseKind;
  includeRetired?: boolean;
}

/** The catalogue as people read it: by label, with the suggested sectors' names. */
@Injectable()
export class CategoryList {
  constructor(
    private readonly directory: CategoryDirectory,
    private readonly sectors: SectorCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(options: CategoryListOptions = {}): Promise<CategoryView[]> {
    const day = options.on ?? romeDate(this.clock.now().toISOString());
    const names = new Map((await this.sectors.list()).map((sector) => [sector.id, sector.name]));
    return [...(await this.directory.all()).values()]
      .map(({ category, revision }) => toCategoryView(category, revision, day, (id) => names.get(id) ?? null))
      .filter((view) => options.includeRetired || view.status === 'active')
      .filter((view) => !options.kind || view.kinds.includes(options.kind))
      .sort((a, b) => a.label.localeCompare(b.label, 'it'));
  }

  async get(code: string, on?: RomeDate): Promise<CategoryView | null> {
    return (await this.list({ on, includeRetired: true })).find((view) => view.code === code) ?? null;
  }
}
