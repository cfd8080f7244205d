/**
 * Event ids are unique across the whole store (an id used in one stream cannot be used in
 * another), but EventStoreDB cannot look an event up by id. So each id is claimed for its
 * stream before the events are written, in a stream of its own created with NO_STREAM:
 * EventStoreDB's optimistic concurrency makes exactly one claim per id succeed, whatever
 * the races. (The usual EventStoreDB pattern for a uniqueness constraint.)
 *
 * A claim records only which stream the id belongs to; whether the events were then written
 * is read from that stream. A claim whose append then failed (wrong expected revision, lost
 * connection) keeps the id for its stream: a retry there works, a use elsewhere is refused.
 *
 * Claim events have a $-prefixed type, the mark of EventStoreDB's own bookkeeping events, so
 * every reader of $all (the adapter's reads, its subscriptions' server filters) skips them.
 */
import { NO_STREAM, WrongExpectedVersionError as ClientWrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { asClientError } from './error-mapping';
import { normalizeEventId } from './idempotency';
import { consumeRead } from './streaming-read';

export const EVENT_ID_CLAIM_TYPE = '$urp-event-id-claimed';

/** Claims sent at once: enough to keep the connection busy, few enough to be kind to the server. */
const CLAIMS_IN_FLIGHT = 16;

/** Who holds each id: 'new' when this call made the claim, else the stream claimed before. */
export type ClaimHolder = 'new' | { claimedBefore: string };

export interface ClaimOutcome {
  /** Ids claimed earlier for this same stream: the stream must be read to judge a repeat. */
  repeated: string[];
  /** Ids claimed earlier for another stream: a conflict. */
  foreign: string[];
}

export function claimStreamOf(eventId: string): string {
  return `urp-event-id-${normalizeEventId(eventId)}`;
}

export function claimEvent(streamName: string) {
  // A fresh event id each time: with the id of an earlier claim, EventStoreDB's own
  // idempotency would report a second claim as a success instead of a conflict.
  return jsonEvent({ type: EVENT_ID_CLAIM_TYPE, data: { streamName } });
}

export function claimedStreamOf(data: unknown): string {
  const streamName = (data as { streamName?: unknown } | null)?.streamName;
  if (typeof streamName !== 'string') throw new Error('Malformed event id claim: no streamName');
  return streamName;
}

/** @param holders the holder of each id of `eventIds`, in the same order */
export function sortClaims(streamName: string, eventIds: readonly string[], holders: readonly ClaimHolder[]): ClaimOutcome {
  const outcome: ClaimOutcome = { repeated: [], foreign: [] };
  holders.forEach((holder, index) => {
    if (holder === 'new') return;
    (holder.claimedBefore === streamName ? outcome.repeated : outcome.foreign).push(eventIds[index]);
  });
  return outcome;
}

export class EventIdClaims {
  constructor(private readonly client: EventStoreDBClient) {}

  async claim(streamName: string, eventIds: readonly string[]): Promise<ClaimOutcome> {
    const holders = await mapInFlight(eventIds, CLAIMS_IN_FLIGHT, (eventId) => this.claimOne(streamName, eventId));
    return sortClaims(streamName, eventIds, holders);
  }

  private async claimOne(streamName: string, eventId: string): Promise<ClaimHolder> {
    try {
      await this.client.appendToStream(claimStreamOf(eventId), claimEvent(streamName), { expectedRevision: NO_STREAM });
      return 'new';
    } catch (error) {
      // Only the claim stream's own conflict means "claimed before"; anything else fails the append.
      if (!(asClientError(error) instanceof ClientWrongExpectedVersionError)) throw error;
      return { claimedBefore: await this.holderOf(eventId) };
    }
  }

  private async holderOf(eventId: string): Promise<string> {
    let holder: string | undefined;
    await consumeRead(this.client.readStream(claimStreamOf(eventId), { maxCount: 1 }), (resolved) => {
      if (resolved.event) holder = claimedStreamOf(resolved.event.data);
      return 'stop';
    });
    if (holder === undefined) throw new Error(`The claim of event id ${eventId} exists but cannot be read`);
    return holder;
  }
}

/** Like Promise.all(items.map(work)), with at most `limit` works running at once. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
