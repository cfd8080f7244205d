import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SectorView } from '../sector-view';
import { SectorWriter } from '../sector-writer';
import { DissolveSectorCommand } from './dissolve-sector.command';

@CommandHandler(DissolveSectorCommand)
export class DissolveSectorHandler implements ICommandHandler<DissolveSectorCommand, SectorView> {
  constructor(private readonly sectors: SectorWriter) {}

  execute({ sectorId, context }: DissolveSectorCommand): Promise<SectorView> {
    return this.sectors.apply(context, { type: 'DissolveSector', sectorId });
  }
}
