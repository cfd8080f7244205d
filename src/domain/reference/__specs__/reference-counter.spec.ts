import fc from 'fast-check';
import type { ReferenceEvent } from '../../../contracts';
import type { Actor } from '../../shared/actor';
import { stateFrom } from '../../shared/decider';
import { spec } from '../../testing/decider-spec';
import {
  formatReference,
  parseReference,
  referenceDecider,
  reserveReference,
  type ReserveReference,
} from '../reference-counter';

const system: Actor = { id: 'registrar', role: 'system' };
const at = '2026-03-02T09:00:00.000Z';
const given = spec(referenceDecider).given;

const reserve = (caseId: string, over: Partial<ReserveReference> = {}): ReserveReference => ({
  type: 'ReserveReference',
  actor: system,
  at,
  year: 2026,
  caseId,
  ...over,
});

const reserved = (caseId: string, sequence: number, year = 2026): ReferenceEvent => ({
  type: 'ReferenceNumberReserved',
  data: { year, sequence, reference: formatReference(year, sequence), caseId, reservedAt: at },
});

describe('Reference numbers', () => {
  it('the first case of the year gets number 1', () => {
    given([]).when(reserve('case-a')).then([reserved('case-a', 1)]);
  });

  it('the next case gets the next number', () => {
    given([reserved('case-a', 1), reserved('case-b', 2)]).when(reserve('case-c')).then([reserved('case-c', 3)]);
  });

  it('a case asking again right after its reservation keeps its number and burns none', () => {
    given([reserved('case-a', 1), reserved('case-b', 2)]).when(reserve('case-b')).thenNothing();
  });

  it('the next number follows the last event alone (the counter is never folded whole)', () => {
    // A counter read backwards by one event: only the last reservation is known.
    given([reserved('case-x', 41_999)]).when(reserve('case-y')).then([reserved('case-y', 42_000)]);
  });

  it('the allocator hands back the number either way', () => {
    const state = stateFrom(referenceDecider, [reserved('case-a', 1)]);
    expect(reserveReference(state, reserve('case-a'))).toEqual({ reference: 'URP-2026-000001', events: [] });
    expect(reserveReference(state, reserve('case-b'))).toEqual({ reference: 'URP-2026-000002', events: [reserved('case-b', 2)] });
  });

  it('is formatted URP-year-six digits', () => {
    expect(formatReference(2026, 123)).toBe('URP-2026-000123');
    expect(parseReference('URP-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference('URP-26-123')).toBeNull();
  });

  it('a counter numbers one year only', () => {
    given([reserved('case-a', 1)]).when(reserve('case-b', { year: 2027 })).thenThrows('REFERENCE_YEAR_MISMATCH');
  });

  it('needs a four-digit year', () => {
    given([]).when(reserve('case-a', { year: 26 })).thenThrows('INVALID_YEAR');
  });

  it('needs a case', () => {
    given([]).when(reserve(' ')).thenThrows('TEXT_REQUIRED');
  });

  it('stops rather than overflow six digits', () => {
    given([reserved('case-z', 999_999)]).when(reserve('case-a')).thenThrows('REFERENCE_SEQUENCE_EXHAUSTED');
  });

  it('operators and citizens registering a case may reserve; auditors may not', () => {
    given([]).when(reserve('case-a', { actor: { id: 'op', role: 'operator' } })).then([reserved('case-a', 1)]);
    given([]).when(reserve('case-a', { actor: { id: 'cit', role: 'citizen' } })).then([reserved('case-a', 1)]);
    given([]).when(reserve('case-a', { actor: { id: 'aud', role: 'auditor' } })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('never gives the same number twice, and leaves no gap, whatever the requests', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== ''), { maxLength: 50 }), (caseIds) => {
        let state = referenceDecider.initialState();
        const handedOut: string[] = [];
        for (const caseId of caseIds) {
          const { reference, events } = reserveReference(state, reserve(caseId));
          state = events.reduce(referenceDecider.evolve, state);
          handedOut.push(reference);
        }
        expect(handedOut).toEqual(caseIds.map((_, index) => formatReference(2026, index + 1)));
        expect(state.lastSequence).toBe(caseIds.length);
      }),
    );
  });
});
