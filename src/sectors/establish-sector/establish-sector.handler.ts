import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SectorCatalog } from '../sector-catalog';
import { SectorSlugTakenError } from '../sector-slug-taken';
import type { SectorView } from '../sector-view';
import { SectorWriter } from '../sector-writer';
import { EstablishSectorCommand } from './establish-sector.command';

@CommandHandler(EstablishSectorCommand)
export class EstablishSectorHandler implements ICommandHandler<EstablishSectorCommand, SectorView> {
  constructor(
    private readonly catalog: SectorCatalog,
    private readonly sectors: SectorWriter,
  ) {}

  async execute({ sectorId, name, slug, context }: EstablishSectorCommand): Promise<SectorView> {
    const holder = await this.catalog.holderOfSlug(slug, sectorId);
    if (holder) throw new SectorSlugTakenError(slug, holder);
    return this.sectors.apply(context, { type: 'EstablishSector', sectorId, name, slug });
  }
}
