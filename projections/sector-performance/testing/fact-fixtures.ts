/** Facts for the computation specs: an ordinary case's values, each spec stating only what it varies. */
import type { ClockRecord, RoutingRecord } from '../facts/case-facts';

/** 10:00 in Rome in winter, 11:00 in summer: the same Rome date all year. */
export const at = (date: string, time = '09:00'): string => `${date}T${time}:00.000Z`;

let cases = 0;

export function clockRecord(fields: Partial<ClockRecord> = {}): ClockRecord {
  const caseId = fields.caseId ?? `case-${++cases}`;
  const startedAt = fields.startedAt ?? at('2026-03-02');
  return {
    caseId,
    clockNo: 0,
    startedBy: 'received',
    startedAt,
    startedEventId: `${caseId}-received`,
    sectorId: 'lavori-pubblici',
    finalReplyDays: 30,
    dueDate: '2026-04-01',
    suspendedDays: 0,
    suspendedSince: null,
    interimReplyEventIds: [],
    extensionEventIds: [],
    overdueMarkedAt: null,
    overdueEventId: null,
    finalReplyAt: null,
    finalReplyEventId: null,
    finalReplyWithinDueDate: null,
    closedAt: null,
    closedEventId: null,
    outcome: null,
    reopenedAt: null,
    reopenedEventId: null,
    feedbackScore: null,
    feedbackAt: null,
    feedbackEventId: null,
    reference: `URP-2026-${String(cases).padStart(6, '0')}`,
    kind: 'report',
    channel: 'email',
    receivedAt: startedAt,
    mergedAt: null,
    ...fields,
  };
}

/** A clock answered and closed `days` Rome days after it started. */
export function repliedClock(days: number, fields: Partial<ClockRecord> = {}): ClockRecord {
  const start = fields.startedAt ?? at('2026-03-02');
  const reply = addDays(start, days);
  return clockRecord({
    startedAt: start,
    finalReplyAt: reply,
    finalReplyEventId: 'reply',
    finalReplyWithinDueDate: days <= 30,
    closedAt: reply,
    closedEventId: 'closed',
    outcome: 'answered',
    ...fields,
  });
}

export function routingRecord(fields: Partial<RoutingRecord> = {}): RoutingRecord {
  const caseId = fields.caseId ?? `case-${++cases}`;
  return {
    caseId,
    routingNo: 0,
    sectorId: 'lavori-pubblici',
    routedAt: at('2026-03-03'),
    routedEventId: `${caseId}-routed`,
    takeChargeDays: 10,
    takenInChargeAt: null,
    takenInChargeEventId: null,
    reminderEventIds: [],
    handedBackAt: null,
    handedBackEventId: null,
    endedAt: null,
    endedBy: null,
    reference: 'URP-2026-000001',
    kind: 'report',
    channel: 'email',
    mergedAt: null,
    ...fields,
  };
}

/** A routing taken in charge `days` Rome days after it was made. */
export function takenRouting(days: number, fields: Partial<RoutingRecord> = {}): RoutingRecord {
  const routedAt = fields.routedAt ?? at('2026-03-03');
  const taken = addDays(routedAt, days);
  return routingRecord({ routedAt, takenInChargeAt: taken, takenInChargeEventId: 'taken', endedAt: taken, endedBy: 'taken_in_charge', ...fields });
}

export function addDays(instant: string, days: number): string {
  return new Date(Date.parse(instant) + days * 24 * 3600 * 1000).toISOString();
}
