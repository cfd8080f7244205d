import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../command-handling/command-context';
import { DecideAndAppend, type DecisionResult } from '../../command-handling/decide-and-append';
import { caseStream, personalDataFieldsOf, type CaseEvent, type Instant } from '../../contracts';
import { caseDecider, DomainError, type Actor, type Case, type CaseCommand, type CaseState } from '../../domain';
import type { NewEvent } from '../../event-store/event-store.port';
import { PersonalDataVault } from '../../personal-data';
import { CLOCK, type Clock } from '../../shared/clock';
import type { CaseTransitionAnswer } from './case-transition.answer';

/** Who asks and when: what every case command carries besides its own data. */
export interface CommandEnvelopeParts {
  actor: Actor;
  at: Instant;
}

/**
 * The write path of a case stream: decide with the case decider, seal the citizen's
 * personal data, append with the revision that was read (DecideAndAppend).
 */
@Injectable()
export class CaseStreams {
  constructor(
    private readonly decideAndAppend: DecideAndAppend,
    private readonly vault: PersonalDataVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The actor of the context, and now. */
  envelopeFor(context: CommandContext): CommandEnvelopeParts {
    return { actor: context.actor, at: this.clock.now().toISOString() };
  }

  /** Decides the command built from the case's current state and appends its events. */
  decide(
    caseId: string,
    context: CommandContext,
    commandFor: (state: CaseState) => CaseCommand,
    step?: string,
    eventId?: (index: number) => string,
  ): Promise<DecisionResult<CaseState, CaseEvent>> {
    return this.decideAndAppend.execute({
      stream: caseStream(caseId),
      decider: caseDecider,
      decide: (state) => caseDecider.decide(commandFor(state), state),
      context,
      step,
      ...(eventId ? { eventId } : {}),
      beforeAppend: (events) => this.sealPersonalData(events),
    });
  }

  /**
   * The first events of a case whose id was just made (a registration): appended without
   * reading the stream first. Should the case exist after all, it is read: a retry of the
   * same registration finds its own events, anything else is CASE_ALREADY_RECEIVED.
   */
  start(caseId: string, context: CommandContext, events: CaseEvent[]): Promise<DecisionResult<CaseState, CaseEvent>> {
    return this.decideAndAppend.execute({
      stream: caseStream(caseId),
      decider: caseDecider,
      decide: (state) => {
        if (state.status !== 'none') {
          throw new DomainError('CASE_ALREADY_RECEIVED', `Case ${caseId} already exists`, { caseId });
        }
        return events;
      },
      context,
      expectNew: true,
      beforeAppend: (toAppend) => this.sealPersonalData(toAppend),
    });
  }

  /**
   * A command on a case that must exist (an empty stream is a 404), answered with the
   * case's new revision and status. `eventId`: see Decision.eventId.
   */
  async transition(
    caseId: string,
    context: CommandContext,
    commandFor: (existing: Case, envelope: CommandEnvelopeParts) => CaseCommand,
    eventId?: (index: number) => string,
  ): Promise<CaseTransitionAnswer> {
    const envelope = this.envelopeFor(context);
    const result = await this.decide(caseId, context, (state) => commandFor(requireCase(state, caseId), envelope), undefined, eventId);
    return transitionAnswer(caseId, result);
  }

  /** Each event's personal fields, sealed under the key of the citizen the event names. */
  private sealPersonalData(events: NewEvent[]): Promise<NewEvent[]> {
    return Promise.all(
      events.map(async (event) => {
        const fields = personalDataFieldsOf(event.type);
        if (fields.length === 0) return event;
        const data = event.data as { citizenId: string };
        return { ...event, data: await this.vault.sealFields(data, fields, data.citizenId) };
      }),
    );
  }
}

/** What a command on an existing case answers: its id, revision and status after the decision. */
export function transitionAnswer(caseId: string, result: DecisionResult<CaseState, CaseEvent>): CaseTransitionAnswer {
  return { id: caseId, revision: result.revision, status: requireCase(result.state, caseId).status };
}

/**
 * Commands other than ReceiveCase need the case's state to be built (its kind, its clock);
 * the decider would refuse an unknown case with the same code, after the command is built.
 */
function requireCase(state: CaseState, caseId: string): Case {
  if (state.status === 'none') throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId });
  return state;
}
