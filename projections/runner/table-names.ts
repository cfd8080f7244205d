/**
 * Physical table names. A projection's logical table `x` is `x` while live, `x__rebuild`
 * while a fresh copy is being built, and `x__old` for the instant between a swap and the drop.
 */
import type { LogFollower } from '../../src/read-side';
import type { Projection } from './projection';

export type TableSlot = 'live' | 'rebuild';
type TableRole = TableSlot | 'old';

const SUFFIXES: Record<TableRole, string> = { live: '', rebuild: '__rebuild', old: '__old' };
const POSTGRES_MAX_IDENTIFIER = 63;
const LONGEST_SUFFIX = Math.max(...Object.values(SUFFIXES).map((suffix) => suffix.length));
export const MAX_LOGICAL_TABLE_LENGTH = POSTGRES_MAX_IDENTIFIER - LONGEST_SUFFIX;

/** Plain lowercase identifiers: they go into SQL unquoted, so they must never need quoting. */
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

export function physicalTable(logical: string, role: TableRole): string {
  return `${logical}${SUFFIXES[role]}`;
}

/** `ctx.table` for one slot; asking for an undeclared table is a programming error. */
export function tableResolver(projection: Projection, role: TableRole): (logical: string) => string {
  const declared = new Set(projection.tables);
  return (logical) => {
    if (!declared.has(logical)) {
      throw new Error(`Projection "${projection.name}" did not declare table "${logical}" in its tables`);
    }
    return physicalTable(logical, role);
  };
}

export function physicalTables(logicalTables: readonly string[], role: TableRole): string[] {
  return logicalTables.map((logical) => physicalTable(logical, role));
}

/** Refuses, at start, registrations the runner could not keep apart or name safely. */
export function assertValidProjections(projections: readonly Projection[], followers: readonly LogFollower[] = []): void {
  const names = new Set<string>();
  const owners = new Map<string, string>();
  for (const follower of followers) {
    if (!IDENTIFIER.test(follower.name)) throw new Error(`Log follower name "${follower.name}" must match ${IDENTIFIER}`);
    if (follower.handles?.length === 0) throw new Error(`Log follower "${follower.name}" handles no event type (leave handles out to read every event)`);
  }
  for (const follower of [...projections, ...followers]) {
    if (names.has(follower.name)) throw new Error(`Two log followers are named "${follower.name}"`);
    names.add(follower.name);
  }
  for (const projection of projections) {
    assertValidProjection(projection);
    for (const table of projection.tables) {
      const owner = owners.get(table);
      if (owner) throw new Error(`Table "${table}" is declared by both "${owner}" and "${projection.name}"`);
      owners.set(table, projection.name);
    }
  }
}

function assertValidProjection(projection: Projection): void {
  const { name, version, handles, tables } = projection;
  if (!IDENTIFIER.test(name)) throw new Error(`Projection name "${name}" must match ${IDENTIFIER}`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`Projection "${name}": version must be a positive integer`);
  if (!handles || handles.length === 0) throw new Error(`Projection "${name}" handles no event type`);
  if (tables.length === 0) throw new Error(`Projection "${name}" declares no table`);
  if (new Set(tables).size !== tables.length) throw new Error(`Projection "${name}" declares a table twice`);
  for (const table of tables) {
    if (!IDENTIFIER.test(table) || table.length > MAX_LOGICAL_TABLE_LENGTH || /__(rebuild|old)$/.test(table)) {
      throw new Error(
        `Projection "${name}": table "${table}" must match ${IDENTIFIER}, be at most ${MAX_LOGICAL_TABLE_LENGTH} characters and not end in a runner suffix`,
      );
    }
  }
}
