import { Inject, Injectable } from '@nestjs/common';
import { charterStandardStream, type ActorRole } from '../contracts';
import { romeDate } from '../shared/rome-time';
import { standardDecider, type CharterCommand, type Standard } from '../domain';
import type { CommandContext } from '../command-handling/command-context';
import { DecideAndAppend } from '../command-handling/decide-and-append';
import { CLOCK, Clock } from '../shared/clock';
import { StandardView, toStandardView } from './standard-view';

/** Distributes over the union, so each command keeps its own fields. */
type WithoutStamp<C> = C extends unknown ? Omit<C, 'actor' | 'at'> : never;

/** A charter command as a slice states it: who and when are stamped here. */
export type CharterCommandData = WithoutStamp<CharterCommand>;

/**
 * Runs one charter command through the shared write path: read the standard's stream,
 * decide with the caller as actor and the clock's time, append.
 */
@Injectable()
export class StandardWriter {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(context: CommandContext, command: CharterCommandData): Promise<StandardView> {
    const now = this.clock.now();
    const result = await this.decideAndAppend.execute({
      stream: charterStandardStream(command.standardId),
      decider: standardDecider,
      decide: (state) =>
        standardDecider.decide(
          {
            ...command,
            actor: { id: context.actor.id, role: context.actor.role as ActorRole },
            at: now.toISOString(),
          } as CharterCommand,
          state,
        ),
      context,
    });
    // The decider refuses every command that would leave no standard, so state is a Standard here.
    return toStandardView(result.state as Standard, result.revision, romeDate(now));
  }
}
