import type { EventStore } from '../event-store/event-store.port';
import { comparePositions } from '../event-store/position';

/**
 * Waits until readers of the global log (readAll, subscriptions) see everything in these
 * streams. The PostgreSQL store shows an event there only once every older transaction of
 * the server has ended; the case handlers read the charter from the global log, so the
 * demo charter must be visible before the first case is registered.
 */
export async function waitUntilInGlobalLog(store: EventStore, streams: readonly string[], timeoutMs = 60_000): Promise<void> {
  const lasts = await Promise.all(streams.map((stream) => store.readStream(stream, { direction: 'backwards', maxCount: 1 })));
  const positions = lasts.flat().map((event) => event.position);
  if (positions.length === 0) return;
  const target = positions.reduce((latest, p) => (comparePositions(p, latest) > 0 ? p : latest));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const head = await store.headPosition();
    if (head !== null && comparePositions(head, target) >= 0) return;
    if (Date.now() > deadline) throw new Error('The event store did not show the demo organisation in its global log in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
