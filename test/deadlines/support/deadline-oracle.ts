/**
 * What the process manager must have recorded, worked out again from the rules as the
 * office states them, and from nothing the process manager did: each case's events by the
 * office (the process manager's own are left out), replayed with a tick each morning.
 * Its arithmetic is its own: it recomputes due dates from the terms and the days, rather
 * than reading the dates the decider recorded.
 *
 * - Take charge: the sector has `takeChargeDays` from the day of routing; the first
 *   reminder the day after, then every `reminderRepeatDays` after the last one (the
 *   operator's count too), until it takes charge; a new routing starts again from one.
 * - Final reply: due `finalReplyDays` after receipt or reopening; a suspension moves it by
 *   its calendar days; an extension replaces it. Due soon from `dueSoonDays` before,
 *   overdue from the day after; each once per due date; nothing while suspended, closed.
 */
import type { Instant, RomeDate } from '../../../src/contracts';
import { PROCESS_MANAGER_ACTOR } from '../../../src/deadlines/process-manager-actor';
import type { RecordedEvent } from '../../../src/event-store/event-store.port';
import { addCalendarDays, calendarDaysBetween, romeDate } from '../../../src/shared/rome-time';
import type { RecordedAction } from './deadline-world';

interface TakeChargeWatch {
  lastDay: RomeDate;
  repeatDays: number;
  takenInCharge: boolean;
  reminders: number;
  lastReminderOn: RomeDate | null;
}

interface FinalReplyWatch {
  dueDate: RomeDate;
  dueSoonDays: number;
  suspendedSince: Instant | null;
  warnedFor: RomeDate | null;
  markedFor: RomeDate | null;
}

interface Watched {
  caseId: string;
  open: boolean;
  takeCharge: TakeChargeWatch | null;
  finalReply: FinalReplyWatch | null;
}

/** The actions due on every case, ticking at `tickAt(day)` on each of `days`. */
export function expectedActions(
  caseEvents: ReadonlyMap<string, readonly RecordedEvent[]>,
  days: readonly RomeDate[],
  tickAt: (day: RomeDate) => Instant,
): RecordedAction[] {
  return [...caseEvents.entries()].flatMap(([caseId, events]) => expectedOnCase(caseId, events, days, tickAt));
}

function expectedOnCase(caseId: string, events: readonly RecordedEvent[], days: readonly RomeDate[], tickAt: (day: RomeDate) => Instant): RecordedAction[] {
  const office = events.filter((event) => event.metadata.actor.id !== PROCESS_MANAGER_ACTOR.id);
  const watched: Watched = { caseId, open: false, takeCharge: null, finalReply: null };
  const actions: RecordedAction[] = [];
  let next = 0;
  for (const day of days) {
    const tick = Date.parse(tickAt(day));
    while (next < office.length && Date.parse(office[next].metadata.recordedAt) < tick) apply(watched, office[next++]);
    actions.push(...tickOn(watched, day));
  }
  return actions;
}

function apply(watched: Watched, event: RecordedEvent): void {
  const data = event.data as Record<string, any>;
  switch (event.type) {
    case 'CaseReceived':
    case 'CaseReopened':
      watched.open = true;
      watched.takeCharge = null;
      watched.finalReply = {
        dueDate: addCalendarDays(romeDate(data.receivedAt ?? data.reopenedAt), data.finalReplyTerms.finalReplyDays),
        dueSoonDays: data.finalReplyTerms.dueSoonDays,
        suspendedSince: null,
        warnedFor: null,
        markedFor: null,
      };
      return;
    case 'CaseRouted':
      watched.takeCharge = {
        lastDay: addCalendarDays(romeDate(data.routedAt), data.takeChargeTerms.takeChargeDays),
        repeatDays: data.takeChargeTerms.reminderRepeatDays,
        takenInCharge: false,
        reminders: 0,
        lastReminderOn: null,
      };
      return;
    case 'CaseHandedBack':
      watched.takeCharge = null;
      return;
    case 'CaseTakenInCharge':
      watched.takeCharge!.takenInCharge = true;
      return;
    case 'TakeChargeReminderSent': // by an operator
      watched.takeCharge!.reminders = data.reminderNumber;
      watched.takeCharge!.lastReminderOn = romeDate(data.sentAt);
      return;
    case 'CitizenInformationRequested':
      watched.finalReply!.suspendedSince = data.requestedAt;
      return;
    case 'CitizenInformationReceived': {
      const clock = watched.finalReply!;
      clock.dueDate = addCalendarDays(clock.dueDate, calendarDaysBetween(romeDate(clock.suspendedSince!), romeDate(data.receivedAt)));
      clock.suspendedSince = null;
      return;
    }
    case 'FinalReplyDeadlineExtended':
      watched.finalReply!.dueDate = data.newDueDate;
      return;
    case 'CaseClosed':
      watched.open = false;
      return;
    case 'CaseClassified':
    case 'CaseReclassified':
    case 'CaseMerged':
    case 'CaseUnmerged':
      throw new Error(`The oracle does not model ${event.type}: the year's stories never do it`);
  }
}

function tickOn(watched: Watched, day: RomeDate): RecordedAction[] {
  if (!watched.open) return [];
  const actions: RecordedAction[] = [];
  const { caseId, takeCharge, finalReply } = watched;
  if (takeCharge && !takeCharge.takenInCharge) {
    const nextReminder = takeCharge.lastReminderOn
      ? addCalendarDays(takeCharge.lastReminderOn, takeCharge.repeatDays)
      : addCalendarDays(takeCharge.lastDay, 1);
    if (day >= nextReminder) {
      takeCharge.reminders++;
      takeCharge.lastReminderOn = day;
      actions.push({ caseId, kind: 'reminder', subject: String(takeCharge.reminders), on: day });
    }
  }
  if (finalReply && finalReply.suspendedSince === null) {
    const { dueDate } = finalReply;
    if (day > dueDate) {
      if (finalReply.markedFor !== dueDate) actions.push({ caseId, kind: 'overdue', subject: dueDate, on: day });
      finalReply.markedFor = dueDate;
    } else if (calendarDaysBetween(day, dueDate) <= finalReply.dueSoonDays && finalReply.warnedFor !== dueDate) {
      finalReply.warnedFor = dueDate;
      actions.push({ caseId, kind: 'due-soon', subject: dueDate, on: day });
    }
  }
  return actions;
}
