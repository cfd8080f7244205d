/** Naming a fact row, and the events behind each way a fact can count. */
import type { Instant } from '../../../src/read-side';
import { happenedBy } from '../../sector-performance/compute/instants';
import type { ClockRecord, RoutingRecord } from '../../sector-performance/facts/case-facts';
import type { FactRef } from './contribution';

export function clockRef(clock: ClockRecord): FactRef {
  return { caseId: clock.caseId, reference: clock.reference, fact: 'clock', factNo: clock.clockNo };
}

export function routingRef(routing: RoutingRecord): FactRef {
  return { caseId: routing.caseId, reference: routing.reference, fact: 'routing', factNo: routing.routingNo };
}

/** The start, then the reply and the closure if they had happened by asOf (they decide or stop the clock). */
export function finalReplyEvents(clock: ClockRecord, asOf: Instant): (string | null)[] {
  return [
    clock.startedEventId,
    happenedBy(clock.finalReplyAt, asOf) ? clock.finalReplyEventId : null,
    happenedBy(clock.closedAt, asOf) ? clock.closedEventId : null,
  ];
}

/** As above, plus the extensions that moved the due date. */
export function dueDateEvents(clock: ClockRecord, asOf: Instant): (string | null)[] {
  return [...finalReplyEvents(clock, asOf), ...clock.extensionEventIds];
}

export function takeChargeEvents(routing: RoutingRecord, asOf: Instant): (string | null)[] {
  return [
    routing.routedEventId,
    happenedBy(routing.takenInChargeAt, asOf) ? routing.takenInChargeEventId : null,
    happenedBy(routing.handedBackAt, asOf) ? routing.handedBackEventId : null,
  ];
}

export function surveyEvents(clock: ClockRecord, asOf: Instant): (string | null)[] {
  return [clock.closedEventId, happenedBy(clock.feedbackAt, asOf) ? clock.feedbackEventId : null];
}
