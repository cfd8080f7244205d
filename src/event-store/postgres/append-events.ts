/**
 * appendToStream for PostgreSQL, in one statement per attempt (append-sql.ts). An append
 * that names its first revision (no_stream, an exact revision) first tries the plain INSERT
 * at that revision, which succeeds whenever the expectation holds; only when it is refused
 * does the checking statement run, to tell a retry, a conflict or a wrong expectation
 * apart. The stream's end, the ids already stored and the expected revision are always
 * checked inside the INSERT.
 * Concurrency rests on the table's unique constraints, not on locks: if a concurrent append
 * took the revision or one of the ids first, the statement fails with a unique violation
 * and runs again on the new state (which then yields the idempotent answer, a conflict, a
 * WrongExpectedVersionError, or for 'any'/'stream_exists' an insert at the new end).
 */
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedVersionError } from '../errors';
import { AppendResult, ExpectedRevision, NewEvent, NO_STREAM_REVISION } from '../event-store.port';
import { START_POSITION } from '../position';
import { bigintToNumber, toPosition } from './event-rows';
import { assertValidExpectedRevision, firstRevisionAfter, isExpectedRevisionMet } from './expected-revision';
import { AppendRow, appendStatement, InsertedRow, insertAtStatement, STREAM_END_SQL } from './append-sql';
import { isUniqueViolation } from './pg-errors';
import { judgeRepeatedAppend, normalizeEventId, StoredPlacement } from './repeated-append';
import type { SqlRunner } from './sql-params';

/**
 * Each lost race means another append succeeded, so N concurrent appenders to one stream
 * need at most N attempts; this bound only stops a runaway loop.
 */
const MAX_ATTEMPTS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function appendEvents(
  db: SqlRunner,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  assertValidAppend(stream, events, expected);
  if (events.length === 0) return appendNothing(db, stream, expected);
  const placed = await tryInsertAtExpectedRevision(db, stream, events, expected);
  if (placed) return placed;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const result = await tryAppend(db, stream, events, expected);
    if (result !== LOST_RACE) return result;
  }
  throw new EventStoreUnavailableError(`Stream "${stream}": still losing to concurrent appends after ${MAX_ATTEMPTS} attempts`);
}

const LOST_RACE = Symbol('lost race');

/** The common case in one cheap INSERT; undefined when it was refused (then appendStatement says why). */
async function tryInsertAtExpectedRevision(
  db: SqlRunner,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult | undefined> {
  const firstRevision = firstRevisionAfter(expected);
  if (firstRevision === 'anywhere') return undefined;
  let rows: InsertedRow[];
  try {
    ({ rows } = await db.query<InsertedRow>(insertAtStatement(stream, firstRevision, events)));
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
  // RETURNING promises no order: the append's result is its last event.
  const last = rows.reduce<InsertedRow | undefined>(
    (latest, row) => (latest && BigInt(latest.stream_revision) > BigInt(row.stream_revision) ? latest : row),
    undefined,
  );
  return last ? { nextExpectedRevision: bigintToNumber(last.stream_revision), position: toPosition(last) } : undefined;
}

async function tryAppend(
  db: SqlRunner,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult | typeof LOST_RACE> {
  let rows: AppendRow[];
  try {
    ({ rows } = await db.query<AppendRow>(appendStatement(stream, expected, events)));
  } catch (error) {
    if (isUniqueViolation(error)) return LOST_RACE;
    throw error;
  }
  const inserted = rows.find((row) => row.kind === 'inserted');
  if (inserted) return { nextExpectedRevision: bigintToNumber(inserted.stream_revision), position: toPosition(asPlaced(inserted)) };
  // Nothing inserted: ids already stored (a retry, or a misuse), or the expectation failed.
  const stored = rows.filter((row) => row.kind === 'stored').map(toStoredPlacement);
  const verdict = judgeRepeatedAppend(stream, events, expected, stored);
  if (verdict.kind === 'already-appended') return verdict.result;
  if (verdict.kind === 'conflict') throw new EventIdConflictError(stream, verdict.eventIds);
  const end = rows.find((row) => row.kind === 'end')!;
  const currentRevision = bigintToNumber(end.stream_revision);
  if (!isExpectedRevisionMet(expected, currentRevision)) throw new WrongExpectedVersionError(stream, expected, currentRevision);
  // The statement saw neither ids nor a failed expectation, yet inserted nothing: cannot happen.
  throw new Error(`Append to "${stream}" inserted nothing and found no reason`);
}

function asPlaced(row: AppendRow) {
  return { transaction_id: row.transaction_id as string, global_position: row.global_position as string };
}

function toStoredPlacement(row: AppendRow): StoredPlacement {
  return {
    eventId: row.event_id as string,
    streamName: row.stream_name as string,
    revision: bigintToNumber(row.stream_revision),
    position: toPosition(asPlaced(row)),
  };
}

/**
 * Appending no events writes nothing and answers with the stream's current revision, as
 * EventStoreDB does; the expectation is still checked, so an empty append can be used to
 * assert a stream's revision. The position is the stream's last event's, or the start
 * when the stream does not exist.
 */
async function appendNothing(db: SqlRunner, stream: string, expected: ExpectedRevision): Promise<AppendResult> {
  const { rows } = await db.query<InsertedRow>(STREAM_END_SQL, [stream]);
  const last = rows[0];
  const currentRevision = last ? bigintToNumber(last.stream_revision) : NO_STREAM_REVISION;
  if (!isExpectedRevisionMet(expected, currentRevision)) {
    throw new WrongExpectedVersionError(stream, expected, currentRevision);
  }
  return { nextExpectedRevision: currentRevision, position: last ? toPosition(last) : { ...START_POSITION } };
}

function assertValidAppend(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (stream.length === 0) throw new RangeError('Stream name must not be empty');
  assertValidExpectedRevision(expected);
  const invalid = events.filter((event) => !UUID.test(event.id)).map((event) => event.id);
  if (invalid.length > 0) throw new RangeError(`Event ids must be uuids: ${invalid.join(', ')}`);
  const duplicated = duplicatedIds(events);
  // A batch repeating an id can never be stored (event_id is unique): refuse it up front.
  if (duplicated.length > 0) throw new EventIdConflictError(stream, duplicated);
}

function duplicatedIds(events: readonly NewEvent[]): string[] {
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const event of events) {
    const id = normalizeEventId(event.id);
    if (seen.has(id)) duplicated.add(id);
    seen.add(id);
  }
  return [...duplicated];
}
