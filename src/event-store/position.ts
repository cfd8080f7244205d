/**
 * A position in the global order of all events, shaped like EventStoreDB's
 * (commit, prepare) pair and ordered lexicographically by (commit, prepare).
 * - EventStoreDB: the transaction-log commit and prepare positions.
 * - PostgreSQL: commit = the appending transaction's id, prepare = the event's
 *   sequence number (see the PostgreSQL adapter for why the order is the pair).
 */
export interface Position {
  commit: number;
  prepare: number;
}

export const START_POSITION: Position = Object.freeze({ commit: 0, prepare: 0 });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function positionToString(p: Position): string {
  return `${p.commit}/${p.prepare}`;
}

export function parsePosition(text: string): Position {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) throw new Error(`Invalid position "${text}": expected "<commit>/<prepare>"`);
  return { commit: Number(match[1]), prepare: Number(match[2]) };
}
