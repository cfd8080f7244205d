/**
 * Appends with the port's exact idempotency by event id, which EventStoreDB only
 * approximates (its own check is best-effort: with 'any' it relies on a cache of recent ids):
 * 1. each id is claimed for this stream (event-id-claims.ts): an id claimed for another
 *    stream is a conflict, found before any expected-revision check;
 * 2. only when some id was claimed for this stream before (a retry, or a misuse) is the
 *    stream read, backwards from its end until those ids are found, to tell an exact repeat
 *    (answered with the first result, nothing written) from a conflict (idempotency.ts);
 * 3. the events are appended, and the last one is read back: the append response carries
 *    the commit position of the write, not the position of the last event, which the port
 *    promises (and which readers of $all see).
 * Cost: per append of n new events, n small claim appends (16 at a time), the append and a
 * single-event read. A repeat also reads the claims and the stream (bounded by the stream's
 * length; streams are short by design).
 * Residual race: two identical first attempts running at the same moment both see the
 * other's claims as "this stream" and may both reach the append; EventStoreDB's own id check
 * turns the second into a no-op in that common case (the same ids, right after the first).
 */
import type { AppendExpectedRevision, EventStoreDBClient } from '@eventstore/db-client';
import { EventIdConflictError, WrongExpectedVersionError } from '../errors';
import { AppendResult, ExpectedRevision, NO_STREAM_REVISION, NewEvent } from '../event-store.port';
import { START_POSITION } from '../position';
import { toEventData } from './event-conversion';
import { EventIdClaims } from './event-id-claims';
import { decideAppend } from './idempotency';
import { isExpectedRevisionMet } from './revisions';
import { eventAtRevision, findEventsWithIds, lastEventOf } from './stream-reads';

export class EventAppender {
  private readonly claims: EventIdClaims;

  constructor(private readonly client: EventStoreDBClient) {
    this.claims = new EventIdClaims(client);
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    expectedRevision: AppendExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(stream, expected);
    const eventData = events.map(toEventData);
    const eventIds = events.map((event) => event.id);
    const claims = await this.claims.claim(stream, eventIds);
    if (claims.foreign.length > 0) throw new EventIdConflictError(stream, claims.foreign);
    if (claims.repeated.length > 0) {
      const decision = decideAppend(eventIds, await findEventsWithIds(this.client, stream, claims.repeated), expected);
      if (decision.kind === 'already-written') return decision.result;
      if (decision.kind === 'conflict') throw new EventIdConflictError(stream, decision.eventIds);
    }
    const written = await this.client.appendToStream(stream, eventData, { expectedRevision });
    return this.resultAt(stream, Number(written.nextExpectedRevision));
  }

  /**
   * As EventStoreDB (and the PostgreSQL adapter): writes nothing, checks the expectation and
   * answers with the current revision; the position is the last event's, or the start.
   */
  private async appendNothing(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await lastEventOf(this.client, stream);
    const current = last ? last.revision : NO_STREAM_REVISION;
    if (!isExpectedRevisionMet(expected, current)) throw new WrongExpectedVersionError(stream, expected, current);
    return { nextExpectedRevision: current, position: last ? last.position : { ...START_POSITION } };
  }

  private async resultAt(stream: string, lastRevision: number): Promise<AppendResult> {
    const last = await eventAtRevision(this.client, stream, lastRevision);
    if (!last) throw new Error(`Event ${lastRevision} of "${stream}" was appended but cannot be read back`);
    return { nextExpectedRevision: lastRevision, position: last.position };
  }
}
