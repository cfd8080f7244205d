import { Injectable } from '@nestjs/common';

/** An event as a view needs it: where it sits in its stream, and what it says. */
export interface ViewEvent {
  streamName: string;
  revision: number;
  type: string;
  data: unknown;
}

type Listener = (events: readonly ViewEvent[]) => void;

/**
 * Appends made by this process, told to the in-memory views at once, so that a command sees
 * the effect of the one before it (a standard just adopted, a user just deactivated) without
 * waiting for the store's subscription, which brings the other processes' appends.
 */
@Injectable()
export class LocalAppends {
  private readonly listeners = new Set<Listener>();

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @param firstRevision the revision of the first event in its stream */
  tell(streamName: string, firstRevision: number, events: readonly { type: string; data: unknown }[]): void {
    if (events.length === 0) return;
    const told = events.map((event, index) => ({ streamName, revision: firstRevision + index, type: event.type, data: event.data }));
    for (const listener of this.listeners) listener(told);
  }
}
