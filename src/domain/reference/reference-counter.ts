/**
 * The year's reference counter: one stream per year, one event per number given. Numbers
 * are never reused. The state is what the counter's LAST event says (the last number and
 * whose it is), so taking a number costs the same on the first day of the year and on the
 * last: infrastructure reads only the last event (or remembers it) and appends with its
 * revision, and a concurrent registration makes that append fail and be decided again.
 * A registration retried after its number was taken is recognised by infrastructure
 * through the event's id, derived from the case (the store refuses an id twice).
 */
import { REFERENCE_PATTERN, type ReferenceEvent } from '../../contracts';
import { requireRole, type CommandEnvelope } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireInstant, requireText } from '../shared/validation';

export type ReserveReference = CommandEnvelope<'ReserveReference'> & { year: number; caseId: string };

export interface ReferenceCounter {
  year: number | null;
  lastSequence: number;
  /** The case the last number went to (null: none yet). */
  lastCaseId: string | null;
  lastReference: string | null;
}

export const MAX_SEQUENCE = 999_999;

export const initialReferenceCounter = (): ReferenceCounter => ({
  year: null,
  lastSequence: 0,
  lastCaseId: null,
  lastReference: null,
});

/** 'URP-2026-000123' */
export function formatReference(year: number, sequence: number): string {
  return `URP-${String(year).padStart(4, '0')}-${String(sequence).padStart(6, '0')}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const match = REFERENCE_PATTERN.exec(reference);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}

export function decideReference(command: ReserveReference, state: ReferenceCounter): ReferenceEvent[] {
  requireRole(command.actor, ['operator', 'citizen', 'system'], command.type);
  const at = requireInstant(command.at, 'at');
  const caseId = requireText(command.caseId, 'caseId');
  if (!Number.isInteger(command.year) || command.year < 1000 || command.year > 9999) {
    throw new DomainError('INVALID_YEAR', `'year' must be a four-digit year`, { year: command.year });
  }
  if (state.year !== null && state.year !== command.year) {
    throw new DomainError(
      'REFERENCE_YEAR_MISMATCH',
      `This counter numbers the year ${state.year}, not ${command.year}`,
      { counterYear: state.year, year: command.year },
    );
  }
  // The same case asking again right after its reservation: nothing to take.
  if (state.lastCaseId === caseId) return [];
  const sequence = state.lastSequence + 1;
  if (sequence > MAX_SEQUENCE) {
    throw new DomainError('REFERENCE_SEQUENCE_EXHAUSTED', `All ${MAX_SEQUENCE} numbers of ${command.year} are used`, {
      year: command.year,
    });
  }
  return [
    {
      type: 'ReferenceNumberReserved',
      data: { year: command.year, sequence, reference: formatReference(command.year, sequence), caseId, reservedAt: at },
    },
  ];
}

/** Constant time and memory: only the last number matters for the next one. */
export function evolveReference(state: ReferenceCounter, event: ReferenceEvent): ReferenceCounter {
  const { year, sequence, reference, caseId } = event.data;
  if (sequence < state.lastSequence) return state;
  return { year, lastSequence: sequence, lastCaseId: caseId, lastReference: reference };
}

export const referenceDecider: Decider<ReserveReference, ReferenceEvent, ReferenceCounter> = {
  decide: decideReference,
  evolve: evolveReference,
  initialState: initialReferenceCounter,
};

/**
 * The allocator infrastructure calls: the case's reference and the event to append (none
 * when the counter's last number is already this case's).
 */
export function reserveReference(
  state: ReferenceCounter,
  command: ReserveReference,
): { reference: string; events: ReferenceEvent[] } {
  const events = decideReference(command, state);
  const after = events.reduce(evolveReference, state);
  return { reference: after.lastReference!, events };
}
