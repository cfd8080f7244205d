import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CommandContext } from '../../command-handling/command-context';
import { PersistentConflictError } from '../../command-handling/command-errors';
import { DecideAndAppend } from '../../command-handling/decide-and-append';
import { referenceCounterStream } from '../../contracts';
import { referenceDecider, type ReserveReference } from '../../domain';
import { romeYear } from '../../shared/rome-time';
import { SerializedByKey } from '../../shared/serialized-by-key';
import type { CommandEnvelopeParts } from '../shared/case-streams';

/** Rounds of DecideAndAppend (each retries a few times itself) before giving up with 409. */
const MAX_ROUNDS = 12;

/**
 * Reference numbers from the year's counter stream: unique because each is appended with
 * the revision that was read, never reused because the stream only grows, and a retried
 * registration (same case id) gets its own number back. Reservations of one process queue
 * per year (bench/commands: at 32 concurrent registrations, colliding on the counter's
 * revision brought throughput near zero); the retries below handle other processes.
 */
@Injectable()
export class ReferenceNumbers {
  private readonly perYear = new SerializedByKey();

  constructor(private readonly decideAndAppend: DecideAndAppend) {}

  reserve(caseId: string, envelope: CommandEnvelopeParts, context: CommandContext): Promise<string> {
    return this.perYear.run(String(romeYear(envelope.at)), () => this.reserveNow(caseId, envelope, context));
  }

  private async reserveNow(caseId: string, { actor, at }: CommandEnvelopeParts, context: CommandContext): Promise<string> {
    const year = romeYear(at);
    const command: ReserveReference = { type: 'ReserveReference', actor, at, year, caseId };
    for (let round = 1; ; round++) {
      try {
        const result = await this.decideAndAppend.execute({
          stream: referenceCounterStream(year),
          decider: referenceDecider,
          decide: (state) => referenceDecider.decide(command, state),
          context,
          step: 'reference',
        });
        return result.state.referencesByCase[caseId];
      } catch (error) {
        // The counter is the one stream every registration of the year writes: under a burst,
        // back off for a random while so the contenders spread out instead of colliding again.
        if (!(error instanceof PersistentConflictError) || round === MAX_ROUNDS) throw error;
        await sleep(Math.random() * 20 * round);
      }
    }
  }
}
