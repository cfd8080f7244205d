/**
 * The state and revision of the streams this process wrote last, so the next command on one
 * of them can decide without reading it: a case is registered, then routed, then taken in
 * charge, mostly through the same process. Only a guess: the append still carries the
 * revision, so a stream another process changed since makes the append fail, and the
 * command is read and decided again (DecideAndAppend). Bounded: the oldest entry goes first.
 * States hold no personal data (deciders never need it; see case-state.ts).
 */
export class KnownStreams<State = unknown> {
  private readonly streams = new Map<string, { revision: number; state: State }>();

  constructor(private readonly capacity = 10_000) {}

  get(stream: string): { revision: number; state: State } | undefined {
    return this.streams.get(stream);
  }

  remember(stream: string, revision: number, state: State): void {
    this.streams.delete(stream); // re-inserted last: the map's order is the age
    this.streams.set(stream, { revision, state });
    if (this.streams.size > this.capacity) this.streams.delete(this.streams.keys().next().value as string);
  }

  forget(stream: string): void {
    this.streams.delete(stream);
  }
}
