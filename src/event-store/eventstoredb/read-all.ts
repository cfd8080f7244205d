/** A page of $all as the port defines it (see read-all-plan.ts for how it differs from the client's read). */
import { FORWARDS } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, EventStoreDBClient } from '@eventstore/db-client';
import { EventFilter, RecordedEvent } from '../event-store.port';
import { Position } from '../position';
import { toRecordedEvent } from './event-conversion';
import { isVisible } from './filters';
import { fromClientPosition, samePosition, toClientPosition } from './positions';
import { ReadAllPlan } from './read-all-plan';
import { consumeRead } from './streaming-read';

/**
 * Streams $all from the plan's start, keeping visible events until maxCount of them, then
 * cancels the read. A selective filter may stream a long stretch of the log to fill a page:
 * that is the price of filtering in the adapter (the server would scan the same stretch).
 */
export async function readAllPage(client: EventStoreDBClient, plan: ReadAllPlan): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  const leading = plan.leadingEventAt && (await visibleEventAt(client, plan.leadingEventAt, plan.filter));
  if (leading) events.push(leading);
  if (events.length >= plan.maxCount) return events;
  const read = client.readAll({ direction: plan.direction, fromPosition: plan.fromPosition });
  await consumeRead(read, (resolved: AllStreamResolvedEvent) => {
    const record = resolved.event;
    if (record && isVisible(record, plan.filter)) events.push(toRecordedEvent(record));
    return events.length >= plan.maxCount ? 'stop' : 'continue';
  });
  return events;
}

/** The event exactly at `position`, if there is one and the filter shows it. */
async function visibleEventAt(
  client: EventStoreDBClient,
  position: Position,
  filter: EventFilter | undefined,
): Promise<RecordedEvent | undefined> {
  let found: RecordedEvent | undefined;
  const read = client.readAll({ direction: FORWARDS, fromPosition: toClientPosition(position), maxCount: 1 });
  await consumeRead(read, (resolved: AllStreamResolvedEvent) => {
    const record = resolved.event;
    if (record && samePosition(fromClientPosition(record.position), position) && isVisible(record, filter)) {
      found = toRecordedEvent(record);
    }
    return 'stop';
  });
  return found;
}
