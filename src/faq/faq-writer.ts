import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../command-handling/command-context';
import { DecideAndAppend } from '../command-handling/decide-and-append';
import { faqStream, type ActorRole } from '../contracts';
import { faqDecider, type FaqCommand, type FaqEntry } from '../domain';
import { CLOCK, type Clock } from '../shared/clock';
import { toFaqView, type FaqView } from './faq-view';

type WithoutStamp<C> = C extends unknown ? Omit<C, 'actor' | 'at'> : never;
export type FaqCommandData = WithoutStamp<FaqCommand>;

/** One FAQ command through the shared write path: read the entry's stream, decide as the caller, now, append. */
@Injectable()
export class FaqWriter {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(context: CommandContext, command: FaqCommandData): Promise<FaqView> {
    const at = this.clock.now().toISOString();
    const result = await this.decideAndAppend.execute({
      stream: faqStream(command.faqId),
      decider: faqDecider,
      decide: (state) =>
        faqDecider.decide({ ...command, actor: { id: context.actor.id, role: context.actor.role as ActorRole }, at } as FaqCommand, state),
      context,
    });
    // The decider refuses every command that would leave no entry.
    return toFaqView(result.state as FaqEntry, result.revision);
  }
}
