import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { RomeDate, StandardTarget } from '../../contracts';
import type { StandardView } from '../standard-view';

/** A new version of the standard (wording and target) applies from `effectiveFrom`. */
export class ReviseStandardCommand extends Command<StandardView> {
  constructor(
    readonly standardId: string,
    readonly indicator: string,
    readonly target: StandardTarget,
    readonly effectiveFrom: RomeDate,
    readonly context: CommandContext,
  ) {
    super();
  }
}
