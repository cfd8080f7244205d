/** Consuming a client read (a Node stream of events) one event at a time, able to stop early. */
import { StreamNotFoundError } from '@eventstore/db-client';
import type { StreamingRead } from '@eventstore/db-client';

export type Visit<E> = (item: E) => 'continue' | 'stop';

/**
 * Feeds each item of the read to `visit` until it says stop or the read ends. Stopping
 * cancels the server-side read, which would otherwise keep sending events nobody reads.
 * A stream that does not exist reads as empty.
 */
export async function consumeRead<E>(read: StreamingRead<E>, visit: Visit<E>): Promise<void> {
  try {
    for await (const item of read) {
      if (visit(item as E) === 'stop') {
        await read.cancel();
        return;
      }
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return;
    throw error;
  }
}
