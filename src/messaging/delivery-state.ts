/**
 * What the message stream says of one message: the authority on whether to send, not the
 * outbox row (which follows the log and may lag behind an event just appended).
 */
import type { MessageDeliveredData, MessageDeliveryFailedData } from './message-event-data';
import type { RecordedEvent } from '../event-store/event-store.port';

export type DeliveryState =
  | { status: 'delivered' }
  | { status: 'failed' }
  | { status: 'due'; attempt: number }
  | { status: 'waiting'; until: string };

export function deliveryStateOf(events: readonly RecordedEvent[], now: Date): DeliveryState {
  let failures = 0;
  let nextAttemptAt: string | null = null;
  for (const event of events) {
    if (event.type === 'MessageDelivered') return { status: 'delivered' };
    if (event.type === 'MessageDeliveryFailed') {
      const data = event.data as MessageDeliveryFailedData;
      if (data.permanent) return { status: 'failed' };
      failures = Math.max(failures, data.attempt);
      nextAttemptAt = data.nextAttemptAt;
    }
  }
  if (nextAttemptAt && new Date(nextAttemptAt).getTime() > now.getTime()) return { status: 'waiting', until: nextAttemptAt };
  return { status: 'due', attempt: failures + 1 };
}

export type { MessageDeliveredData };
