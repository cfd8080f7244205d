import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { SectorView } from '../sector-view';

/** Change the sector's name or slug; reports keep showing the name of the time. */
export class RenameSectorCommand extends Command<SectorView> {
  constructor(
    readonly sectorId: string,
    readonly name: string,
    readonly slug: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
