/**
 * A signal sent at most once at a time and then not again for `minIntervalMs`: any number of
 * calls meanwhile share the next sending. The first call after a quiet spell sends at once.
 * Used for the NOTIFYs that wake the log's subscriptions (after appends, after the log
 * runner's commits), so under load they stay at a few hundred a second instead of following
 * the writes. Fire and forget: a caller never waits for, nor fails with, the signal.
 */
export class CoalescedSignal {
  private inFlight = false;
  private pending = false;

  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly minIntervalMs: number,
  ) {}

  signal(): void {
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = true;
    this.send()
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setTimeout(resolve, this.minIntervalMs).unref()))
      .finally(() => {
        this.inFlight = false;
        if (this.pending) {
          this.pending = false;
          this.signal();
        }
      });
  }
}
