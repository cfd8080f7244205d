/**
 * Walks the whole global log through readAll pages, one page in memory at a time, with a
 * look at the current event before taking it (verify-chain compares before it consumes).
 */
import type { EventStore, Position, RecordedEvent } from '../event-store/event-store.port';
import { comparePositions } from '../event-store/position';

export class StoreCursor {
  private page: RecordedEvent[] = [];
  private index = 0;
  private after: Position | null = null;
  private exhausted = false;

  constructor(
    private readonly store: EventStore,
    private readonly pageSize: number,
  ) {}

  /** The next event of the log, undefined after the last. */
  async current(): Promise<RecordedEvent | undefined> {
    while (this.index >= this.page.length && !this.exhausted) await this.readNextPage();
    return this.page[this.index];
  }

  advance(): void {
    this.index++;
  }

  /** Takes every remaining event; how many there were. */
  async skipToEnd(): Promise<number> {
    let count = 0;
    while (await this.current()) {
      this.advance();
      count++;
    }
    return count;
  }

  private async readNextPage(): Promise<void> {
    const after = this.after;
    // fromPosition is inclusive: ask for one more and drop the event already seen.
    const maxCount = this.pageSize + (after ? 1 : 0);
    const read = await this.store.readAll({ direction: 'forwards', fromPosition: after ?? 'start', maxCount });
    this.exhausted = read.length < maxCount;
    this.page = after ? read.filter((event) => comparePositions(event.position, after) > 0) : read;
    this.index = 0;
    if (this.page.length > 0) this.after = this.page[this.page.length - 1].position;
  }
}
