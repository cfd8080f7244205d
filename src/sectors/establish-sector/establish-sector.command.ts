import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { SectorView } from '../sector-view';

/** Set up a municipal sector that cases can be routed to. */
export class EstablishSectorCommand extends Command<SectorView> {
  constructor(
    readonly sectorId: string,
    readonly name: string,
    readonly slug: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
