import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { RomeDate } from '../../contracts';
import type { StandardView } from '../standard-view';

/** The standard no longer applies from `effectiveFrom`; its last day is the day before. */
export class RetireStandardCommand extends Command<StandardView> {
  constructor(
    readonly standardId: string,
    readonly effectiveFrom: RomeDate,
    readonly context: CommandContext,
  ) {
    super();
  }
}
