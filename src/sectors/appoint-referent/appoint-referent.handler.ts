import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SectorView } from '../sector-view';
import { SectorWriter } from '../sector-writer';
import { AppointReferentCommand } from './appoint-referent.command';

@CommandHandler(AppointReferentCommand)
export class AppointReferentHandler implements ICommandHandler<AppointReferentCommand, SectorView> {
  constructor(private readonly sectors: SectorWriter) {}

  execute({ sectorId, userId, displayName, context, email }: AppointReferentCommand): Promise<SectorView> {
    return this.sectors.apply(context, { type: 'AppointReferent', sectorId, userId, displayName, ...(email ? { email } : {}) });
  }
}
