import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SectorView } from '../sector-view';
import { SectorWriter } from '../sector-writer';
import { RemoveReferentCommand } from './remove-referent.command';

@CommandHandler(RemoveReferentCommand)
export class RemoveReferentHandler implements ICommandHandler<RemoveReferentCommand, SectorView> {
  constructor(private readonly sectors: SectorWriter) {}

  execute({ sectorId, userId, context }: RemoveReferentCommand): Promise<SectorView> {
    return this.sectors.apply(context, { type: 'RemoveReferent', sectorId, userId });
  }
}
