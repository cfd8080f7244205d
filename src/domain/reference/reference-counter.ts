/**
 * The year's reference counter: one stream per year, one event per number given. Numbers
 * are never reused, and a case asking again gets its own number back (a retried
 * registration must not burn a second number). Uniqueness under concurrency comes from
 * infrastructure appending with the expected revision of this stream.
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
  /** caseId -> reference */
  referencesByCase: Readonly<Record<string, string>>;
}

export const MAX_SEQUENCE = 999_999;

export const initialReferenceCounter = (): ReferenceCounter => ({ year: null, lastSequence: 0, referencesByCase: {} });

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
  if (Object.hasOwn(state.referencesByCase, caseId)) return [];
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

export function evolveReference(state: ReferenceCounter, event: ReferenceEvent): ReferenceCounter {
  const { year, sequence, reference, caseId } = event.data;
  return {
    year,
    lastSequence: Math.max(state.lastSequence, sequence),
    referencesByCase: { ...state.referencesByCase, [caseId]: reference },
  };
}

export const referenceDecider: Decider<ReserveReference, ReferenceEvent, ReferenceCounter> = {
  decide: decideReference,
  evolve: evolveReference,
  initialState: initialReferenceCounter,
};

/**
 * The allocator infrastructure calls: the case's reference and the events to append
 * (none when the case already had its number; append them with the stream's expected
 * revision, and on a conflict read again and retry).
 */
export function reserveReference(
  state: ReferenceCounter,
  command: ReserveReference,
): { reference: string; events: ReferenceEvent[] } {
  const events = decideReference(command, state);
  const after = events.reduce(evolveReference, state);
  return { reference: after.referencesByCase[command.caseId.trim()]!, events };
}
