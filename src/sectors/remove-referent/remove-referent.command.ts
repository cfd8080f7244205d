import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { SectorView } from '../sector-view';

/** A referent stops acting for the sector. */
export class RemoveReferentCommand extends Command<SectorView> {
  constructor(
    readonly sectorId: string,
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
