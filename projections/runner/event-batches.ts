/**
 * Turns a subscription (one event at a time) into batches: a pump reads ahead into a small
 * bounded buffer while the previous batch is being applied, and a batch is whatever the
 * buffer holds, up to the batch size. So a projection catching up applies full batches,
 * and a live one applies each event as soon as it arrives; memory stays at most `capacity`
 * events whatever the length of the log.
 */
import type { AllSubscription, RecordedEvent } from '../../src/read-side';

export class EventBatches {
  private readonly buffer: RecordedEvent[] = [];
  private readonly iterator: AsyncIterator<RecordedEvent>;
  private ended = false;
  private closed = false;
  private failure: { error: unknown } | undefined;
  /** Wakes the consumer (an event, the end or an error arrived) or the pump (space was freed). */
  private wakeConsumer: (() => void) | undefined;
  private wakePump: (() => void) | undefined;

  constructor(
    private readonly subscription: AllSubscription,
    private readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be a positive integer');
    this.iterator = subscription[Symbol.asyncIterator]();
    void this.pump();
  }

  /**
   * The next batch, waiting for at least one event; null once the subscription has ended or
   * this was closed. Throws the subscription's error, after every event read before it.
   * With `waitMs`, an empty batch when nothing arrived within that time.
   */
  async next(maxEvents: number, waitMs?: number): Promise<RecordedEvent[] | null> {
    const deadline = waitMs === undefined ? undefined : performance.now() + waitMs;
    while (this.buffer.length === 0) {
      if (this.closed || this.ended) return null;
      if (this.failure) throw this.failure.error;
      if (deadline !== undefined) {
        // With a wait limit (a follower with retries to schedule): an empty batch once it runs out.
        const left = deadline - performance.now();
        if (left <= 0) return [];
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          this.wakeConsumer = resolve;
          timer = setTimeout(resolve, left);
        });
        clearTimeout(timer);
        if (this.buffer.length > 0) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
      // Events of a page already read arrive within microtasks: let them join this batch.
      if (this.buffer.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return this.takeReady(maxEvents);
  }

  /** Whatever is already buffered, up to maxEvents, without waiting. */
  takeReady(maxEvents: number): RecordedEvent[] {
    const batch = this.buffer.splice(0, maxEvents);
    if (batch.length > 0) this.wake('pump');
    return batch;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    this.wake('consumer');
    this.wake('pump');
    await this.subscription.close();
  }

  private async pump(): Promise<void> {
    try {
      while (!this.closed) {
        if (this.buffer.length >= this.capacity) {
          await new Promise<void>((resolve) => (this.wakePump = resolve));
          continue;
        }
        const result = await this.iterator.next();
        if (result.done) break;
        if (this.closed) return;
        this.buffer.push(result.value);
        this.wake('consumer');
      }
      this.ended = true;
    } catch (error) {
      this.failure = { error };
    }
    this.wake('consumer');
  }

  private wake(who: 'consumer' | 'pump'): void {
    const wake = who === 'consumer' ? this.wakeConsumer : this.wakePump;
    if (who === 'consumer') this.wakeConsumer = undefined;
    else this.wakePump = undefined;
    wake?.();
  }
}
