import { Inject, Injectable } from '@nestjs/common';
import { sectorStream, type ActorRole } from '../contracts';
import { sectorDecider, type Sector, type SectorCommand } from '../domain';
import type { CommandContext } from '../command-handling/command-context';
import { DecideAndAppend } from '../command-handling/decide-and-append';
import { CLOCK, Clock } from '../shared/clock';
import { SectorView, toSectorView } from './sector-view';

/** Distributes over the union, so each command keeps its own fields. */
type WithoutStamp<C> = C extends unknown ? Omit<C, 'actor' | 'at'> : never;

/** A sector command as a slice states it: who and when are stamped here. */
export type SectorCommandData = WithoutStamp<SectorCommand>;

/**
 * Runs one sector command through the shared write path: read the stream, decide with the
 * caller as actor and the clock's time, append. Every sector slice goes through here.
 */
@Injectable()
export class SectorWriter {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(context: CommandContext, command: SectorCommandData): Promise<SectorView> {
    const at = this.clock.now().toISOString();
    const result = await this.decideAndAppend.execute({
      stream: sectorStream(command.sectorId),
      decider: sectorDecider,
      decide: (state) =>
        sectorDecider.decide(
          {
            ...command,
            actor: { id: context.actor.id, role: context.actor.role as ActorRole },
            at,
          } as SectorCommand,
          state,
        ),
      context,
    });
    // The decider refuses every command that would leave no sector, so state is a Sector here.
    return toSectorView(result.state as Sector, result.revision);
  }
}
