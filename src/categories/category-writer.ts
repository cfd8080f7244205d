import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../command-handling/command-context';
import { DecideAndAppend } from '../command-handling/decide-and-append';
import { categoryStream, type ActorRole } from '../contracts';
import { categoryDecider, DomainError, type Category, type CategoryCommand } from '../domain';
import { SectorCatalog } from '../sectors/sector-catalog';
import { CLOCK, type Clock } from '../shared/clock';
import { romeDate } from '../shared/rome-time';
import { toCategoryView, type CategoryView } from './category-view';

type WithoutStamp<C> = C extends unknown ? Omit<C, 'actor' | 'at' | 'effectiveFrom'> & { effectiveFrom?: string } : never;
export type CategoryCommandData = WithoutStamp<CategoryCommand>;

/**
 * One catalogue command through the shared write path: read the category's stream, decide
 * as the caller, now, append. A suggested sector must exist and take cases; the day a
 * change applies from defaults to today (Europe/Rome).
 */
@Injectable()
export class CategoryWriter {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    private readonly sectors: SectorCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(context: CommandContext, command: CategoryCommandData): Promise<CategoryView> {
    const now = this.clock.now();
    const at = now.toISOString();
    const defaultSectorId = 'defaultSectorId' in command ? command.defaultSectorId : null;
    const sector = defaultSectorId ? await this.sectors.find(defaultSectorId) : null;
    if (defaultSectorId && (sector === null || sector.dissolved)) {
      throw new DomainError(sector === null ? 'SECTOR_NOT_FOUND' : 'SECTOR_DISSOLVED', `Sector ${defaultSectorId} does not take cases`, {
        field: 'defaultSectorId',
        sectorId: defaultSectorId,
      });
    }
    const result = await this.decideAndAppend.execute({
      stream: categoryStream(command.code),
      decider: categoryDecider,
      decide: (state) =>
        categoryDecider.decide(
          {
            ...command,
            effectiveFrom: command.effectiveFrom ?? romeDate(at),
            actor: { id: context.actor.id, role: context.actor.role as ActorRole },
            at,
          } as CategoryCommand,
          state,
        ),
      context,
    });
    // The decider refuses every command that would leave no category.
    return toCategoryView(result.state as Category, result.revision, romeDate(at), () => sector?.name ?? null);
  }
}
