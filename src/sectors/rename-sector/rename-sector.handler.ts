import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SectorCatalog } from '../sector-catalog';
import { SectorSlugTakenError } from '../sector-slug-taken';
import type { SectorView } from '../sector-view';
import { SectorWriter } from '../sector-writer';
import { RenameSectorCommand } from './rename-sector.command';

@CommandHandler(RenameSectorCommand)
export class RenameSectorHandler implements ICommandHandler<RenameSectorCommand, SectorView> {
  constructor(
    private readonly catalog: SectorCatalog,
    private readonly sectors: SectorWriter,
  ) {}

  async execute({ sectorId, name, slug, context }: RenameSectorCommand): Promise<SectorView> {
    const holder = await this.catalog.holderOfSlug(slug, sectorId);
    if (holder) throw new SectorSlugTakenError(slug, holder);
    return this.sectors.apply(context, { type: 'RenameSector', sectorId, name, slug });
  }
}
