/**
 * The decider of functional event sourcing (Chassaing) as Emmett shapes it: three pure
 * functions. `decide` turns a command and the current state into new events (or throws a
 * DomainError); `evolve` folds one event into the state; `initialState` is the state of a
 * stream with no events. Infrastructure reads the stream, folds it, decides, appends.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** The state after a whole stream of events. */
export function stateFrom<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce((state, event) => decider.evolve(state, event), from);
}
