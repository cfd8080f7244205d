import { CountingProjection } from '../testing/counting-projection';
import type { Projection } from './projection';
import { deriveState, StateInputs } from './projection-status';
import { assertValidProjections, tableResolver } from './table-names';

describe('the state a projection is reported in', () => {
  const idle: StateInputs = { runner: 'stopped', worker: undefined, failed: false, rebuildActive: false, projector: 'none' };

  it.each<[Partial<StateInputs>, string]>([
    [{ runner: 'leader', worker: 'running' }, 'running'],
    [{ runner: 'leader', worker: 'running', failed: true }, 'running'], // retrying after a resume
    [{ runner: 'leader', worker: 'failed', failed: true }, 'failed'],
    [{ runner: 'leader', worker: 'rebuilding' }, 'rebuilding'],
    [{ runner: 'leader', worker: 'running', rebuildActive: true }, 'rebuilding'],
    [{ runner: 'standby', projector: 'another-process' }, 'standby'],
    [{ runner: 'standby', projector: 'another-process', failed: true }, 'failed'],
    [{ projector: 'another-process' }, 'running'],
    [{ projector: 'none' }, 'stopped'],
    [{ projector: 'none', failed: true }, 'failed'],
  ])('%j -> %s', (inputs, state) => {
    expect(deriveState({ ...idle, ...inputs })).toBe(state);
  });
});

describe('projection declarations', () => {
  const valid = () => new CountingProjection();
  const withChanges = (changes: Partial<Projection>): Projection => Object.assign(valid(), changes);

  it('resolves declared tables per slot and refuses undeclared ones', () => {
    const projection = valid();
    expect(tableResolver(projection, 'live')('counting_events')).toBe('counting_events');
    expect(tableResolver(projection, 'rebuild')('counting_events')).toBe('counting_events__rebuild');
    expect(() => tableResolver(projection, 'live')('citizens')).toThrow('did not declare table "citizens"');
  });

  it.each<[string, Projection[]]>([
    ['must match', [withChanges({ name: 'Operator-Queue' })]],
    ['version must be a positive integer', [withChanges({ version: 0 })]],
    ['handles no event type', [withChanges({ handles: [] })]],
    ['must match', [withChanges({ tables: ['queue; DROP TABLE x'] })]],
    ['at most 54 characters', [withChanges({ tables: ['t'.repeat(55)] })]],
    ['runner suffix', [withChanges({ tables: ['queue__old'] })]],
    ['Two log followers are named', [valid(), valid()]],
    ['declared by both', [valid(), withChanges({ name: 'other' })]],
  ])('refuses a projection when %s', (message, projections) => {
    expect(() => assertValidProjections(projections)).toThrow(message);
  });
});
