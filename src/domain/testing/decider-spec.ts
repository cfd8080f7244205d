/**
 * Given-when-then specifications for deciders, after Emmett's DeciderSpecification:
 *
 *   spec(caseDecider).given([received()]).when(routeCase()).then([routed()]);
 *   spec(caseDecider).given([]).when(routeCase()).thenThrows('CASE_NOT_FOUND');
 *
 * Events and commands are deep-frozen first, and so is every state the decider evolves,
 * so a decider that mutates its input fails the spec instead of passing by accident.
 */
import { DomainError } from '../shared/domain-error';
import type { DomainErrorCode } from '../shared/error-codes';
import type { Decider } from '../shared/decider';

export interface WhenStep<Event> {
  then(expected: readonly Event[]): void;
  /** The command is accepted and there is nothing to record (idempotent system commands). */
  thenNothing(): void;
  /** The command is refused with this code; the error is returned for further checks. */
  thenThrows(code: DomainErrorCode): DomainError;
}

export interface GivenStep<Command, Event> {
  when(command: Command): WhenStep<Event>;
}

export interface DeciderSpec<Command, Event> {
  given(events: readonly Event[]): GivenStep<Command, Event>;
}

export function spec<Command, Event, State>(decider: Decider<Command, Event, State>): DeciderSpec<Command, Event> {
  return {
    given: (events) => ({
      when: (command) => {
        const decide = (): Event[] => {
          const state = events.map(deepFreeze).reduce(
            (current, event) => deepFreeze(decider.evolve(current, event)),
            deepFreeze(decider.initialState()),
          );
          return decider.decide(deepFreeze(command), state);
        };
        return {
          then: (expected) => expect(decide()).toEqual(expected),
          thenNothing: () => expect(decide()).toEqual([]),
          thenThrows: (code) => {
            let events: Event[];
            try {
              events = decide();
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              expect(error.code).toBe(code);
              return error;
            }
            throw new Error(`Expected a refusal with ${code}, but the decider returned ${JSON.stringify(events)}`);
          },
        };
      },
    }),
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
