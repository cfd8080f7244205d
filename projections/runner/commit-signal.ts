/** Wakes whoever waits for the next local commit of any projection (waitForPosition). */
export class CommitSignal {
  private readonly waiters = new Set<() => void>();

  notify(): void {
    for (const wake of [...this.waiters]) wake();
    this.waiters.clear();
  }

  /** Resolves at the next notify; cancel() forgets it (so no waiter outlives its caller). */
  next(): { promise: Promise<void>; cancel(): void } {
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => (wake = resolve));
    this.waiters.add(wake);
    return { promise, cancel: () => this.waiters.delete(wake) };
  }
}
