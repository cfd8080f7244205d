/**
 * Wakes one waiting subscription. A wake-up that comes while nobody waits is remembered:
 * an append committing between "found nothing new" and "start waiting" must not leave the
 * subscriber asleep for a whole poll interval.
 */
export class WakeSignal {
  private pending = false;
  private wakeWaiter: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    this.wakeWaiter?.();
  }

  /** Forgets earlier wake-ups: call just before looking for new events. */
  reset(): void {
    this.pending = false;
  }

  /** Resolves on the next notify (or a remembered one), or after timeoutMs: the polling fallback. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wakeWaiter?.(), timeoutMs);
      this.wakeWaiter = () => {
        clearTimeout(timer);
        this.wakeWaiter = undefined;
        this.pending = false;
        resolve();
      };
    });
  }
}
