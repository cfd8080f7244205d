import type { CaseKind, Channel } from '../contracts';
import type { CaseActionType } from './case-actions';

/** What a generation run did: the cases it registered and the actions that changed a case. */
export interface DemoTotals {
  cases: number;
  byKind: Partial<Record<CaseKind, number>>;
  byChannel: Partial<Record<Channel, number>>;
  /** Actions that recorded something (a process-manager reminder not yet due records nothing). */
  actions: Partial<Record<CaseActionType, number>>;
  /** Steps a rule refused, by code: the rest of that case's story is dropped. Zero when the plans are right. */
  refused: Record<string, number>;
  /** Steps planned after the end of the period (or after now): their cases stay open. */
  notYetDue: number;
}

export function emptyTotals(): DemoTotals {
  return { cases: 0, byKind: {}, byChannel: {}, actions: {}, refused: {}, notYetDue: 0 };
}

export function countInto<Key extends string>(counts: Partial<Record<Key, number>>, key: Key): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
