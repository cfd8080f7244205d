import { DomainError } from '../shared/domain-error';
import type { Decider } from '../shared/decider';
import { spec } from './decider-spec';

// A counter small enough to show what the helper catches.
type Command = { type: 'Add'; amount: number } | { type: 'AddCarelessly'; amount: number };
type Event = { type: 'Added'; data: { amount: number } };
type State = { total: number; history: number[] };

const counter: Decider<Command, Event, State> = {
  initialState: () => ({ total: 0, history: [] }),
  evolve: (state, event) => ({ total: state.total + event.data.amount, history: [...state.history, event.data.amount] }),
  decide: (command, state) => {
    if (command.amount <= 0) throw new DomainError('INVALID_VALUE', 'amount must be positive');
    if (command.type === 'AddCarelessly') state.history.push(command.amount); // mutates its input
    return state.total + command.amount > 10 ? [] : [{ type: 'Added', data: { amount: command.amount } }];
  },
};

describe('decider spec helper', () => {
  it('passes when the decider returns the expected events', () => {
    spec(counter).given([]).when({ type: 'Add', amount: 2 }).then([{ type: 'Added', data: { amount: 2 } }]);
  });

  it('folds the given events before deciding', () => {
    spec(counter).given([{ type: 'Added', data: { amount: 9 } }]).when({ type: 'Add', amount: 2 }).thenNothing();
  });

  it('fails when the events differ', () => {
    expect(() =>
      spec(counter).given([]).when({ type: 'Add', amount: 2 }).then([{ type: 'Added', data: { amount: 3 } }]),
    ).toThrow();
  });

  it('returns the refusal for further checks', () => {
    const error = spec(counter).given([]).when({ type: 'Add', amount: 0 }).thenThrows('INVALID_VALUE');
    expect(error.message).toBe('amount must be positive');
  });

  it('fails when a refusal was expected and events came', () => {
    expect(() => spec(counter).given([]).when({ type: 'Add', amount: 1 }).thenThrows('INVALID_VALUE')).toThrow(
      /Expected a refusal with INVALID_VALUE/,
    );
  });

  it('fails when the refusal has another code', () => {
    expect(() => spec(counter).given([]).when({ type: 'Add', amount: 0 }).thenThrows('CASE_CLOSED')).toThrow();
  });

  it('catches a decider that mutates the state it is given', () => {
    expect(() =>
      spec(counter).given([]).when({ type: 'AddCarelessly', amount: 1 }).then([{ type: 'Added', data: { amount: 1 } }]),
    ).toThrow(TypeError);
  });
});
