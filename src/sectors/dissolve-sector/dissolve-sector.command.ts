import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { SectorView } from '../sector-view';

/** The sector no longer exists: it receives no more cases, its history stays. */
export class DissolveSectorCommand extends Command<SectorView> {
  constructor(
    readonly sectorId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
