/** Lets callers await the moment the chain covers a position (tests, the CLI, shutdown drains). */
import { comparePositions, Position } from '../event-store/position';

interface Waiter {
  position: Position;
  resolve(): void;
  reject(error: Error): void;
}

export class ChainProgress {
  private chained: Position | null = null;
  private waiters: Waiter[] = [];

  /** The position of the last chained event, null before the first. */
  get position(): Position | null {
    return this.chained;
  }

  advanceTo(position: Position | null): void {
    this.chained = position;
    if (!position) return;
    const reached = this.waiters.filter((waiter) => comparePositions(waiter.position, position) <= 0);
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    reached.forEach((waiter) => waiter.resolve());
  }

  waitFor(position: Position): Promise<void> {
    if (this.chained && comparePositions(position, this.chained) <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ position, resolve, reject }));
  }

  /** Fails every wait: the chainer stopped before getting there. */
  abandon(reason: string): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((waiter) => waiter.reject(new Error(reason)));
  }
}
