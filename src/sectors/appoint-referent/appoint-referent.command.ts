import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { SectorView } from '../sector-view';

/** Make a staff member one of the sector's referents (referente di settore). */
export class AppointReferentCommand extends Command<SectorView> {
  constructor(
    readonly sectorId: string,
    readonly userId: string,
    readonly displayName: string,
    readonly context: CommandContext,
    readonly email?: string,
  ) {
    super();
  }
}
