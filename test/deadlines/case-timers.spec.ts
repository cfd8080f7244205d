/** The timers read from a case's state, and the action due at an instant: pure. */
import type { CaseEvent } from '../../src/contracts';
import { timersOf } from '../../src/deadlines/timers/case-timers';
import { dueActionOf } from '../../src/deadlines/ticker/due-action';
import { caseDecider, stateFrom } from '../../src/domain';
import {
  CASE_ID,
  closed,
  dueSoonWarned,
  extended,
  informationReceived,
  informationRequested,
  markedOverdue,
  mergedInto,
  OTHER_SECTOR,
  received,
  reminderSent,
  reopened,
  routed,
  takenInCharge,
} from '../../src/domain/case/__specs__/case-fixtures';
import { endOfRomeDay, startOfRomeDay } from '../../src/shared/rome-time';

// The fixtures' case: received 2 March 2026, due 1 April, due soon from 5 days before;
// routed 3 March with 10 days to take charge (last day 13 March) and reminders every 5 days.
const stateAfter = (...events: CaseEvent[]) => stateFrom(caseDecider, events);
const startOf = startOfRomeDay;

describe('timersOf', () => {
  it('a case with the URP has its final-reply alarms and no reminder', () => {
    expect(timersOf(stateAfter(received()))).toEqual({
      reminderAt: null,
      dueSoonAt: startOf('2026-03-27'),
      overdueAt: endOfRomeDay('2026-04-01'),
    });
  });

  it('a routed case is reminded the day after its last day, then every reminderRepeatDays after the last reminder', () => {
    expect(timersOf(stateAfter(received(), routed())).reminderAt).toBe(startOf('2026-03-14'));
    expect(timersOf(stateAfter(received(), routed(), reminderSent())).reminderAt).toBe(startOf('2026-03-19'));
  });

  it('taking charge ends the reminders; a new routing starts them again from its own day', () => {
    expect(timersOf(stateAfter(received(), routed(), takenInCharge())).reminderAt).toBeNull();
    const rerouted = routed({ sectorId: OTHER_SECTOR, previousSectorId: 'lavori-pubblici', routedAt: '2026-03-16T09:00:00.000Z', takeChargeDueDate: '2026-03-26' });
    expect(timersOf(stateAfter(received(), routed(), reminderSent(), rerouted)).reminderAt).toBe(startOf('2026-03-27'));
  });

  it('a suspension silences the final-reply alarms, not the reminders; the answer brings them back on the moved date', () => {
    const suspended = stateAfter(received(), routed(), informationRequested());
    expect(timersOf(suspended)).toEqual({ reminderAt: startOf('2026-03-14'), dueSoonAt: null, overdueAt: null });
    expect(timersOf(stateAfter(received(), informationRequested(), informationReceived()))).toEqual({
      reminderAt: null,
      dueSoonAt: startOf('2026-03-31'),
      overdueAt: endOfRomeDay('2026-04-05'),
    });
  });

  it('a warning or a marking is done for its due date; an extension arms both again for the new one', () => {
    expect(timersOf(stateAfter(received(), dueSoonWarned()))).toMatchObject({ dueSoonAt: null, overdueAt: endOfRomeDay('2026-04-01') });
    expect(timersOf(stateAfter(received(), markedOverdue()))).toMatchObject({ dueSoonAt: null, overdueAt: null });
    expect(timersOf(stateAfter(received(), dueSoonWarned(), markedOverdue(), extended()))).toMatchObject({
      dueSoonAt: startOf('2026-04-25'),
      overdueAt: endOfRomeDay('2026-04-30'),
    });
  });

  it('closed and merged cases have no timer; a reopened one has the new clock', () => {
    const none = { reminderAt: null, dueSoonAt: null, overdueAt: null };
    expect(timersOf(stateAfter(received(), routed(), closed()))).toEqual(none);
    expect(timersOf(stateAfter(received(), routed(), mergedInto()))).toEqual(none);
    expect(timersOf(stateAfter(received(), routed(), closed(), reopened()))).toEqual({
      reminderAt: null,
      dueSoonAt: startOf('2026-04-19'),
      overdueAt: endOfRomeDay('2026-04-24'),
    });
  });
});

describe('dueActionOf', () => {
  const at = (date: string, time = '07:00') => `${date}T${time}:00.000Z`;

  it('nothing before the first timer', () => {
    expect(dueActionOf(stateAfter(received(), routed()), 2, at('2026-03-13', '22:59'))).toBeNull();
  });

  it('the reminder first, keyed by the case, the revision read and the reminder number', () => {
    expect(dueActionOf(stateAfter(received(), routed()), 2, at('2026-03-27'))).toEqual({
      kind: 'reminder',
      caseId: CASE_ID,
      idempotencyKey: `deadline:${CASE_ID}:2:reminder:1`,
    });
  });

  it('then due soon, or overdue once the due date has passed, keyed by the due date', () => {
    const inCharge = stateAfter(received(), routed(), takenInCharge());
    expect(dueActionOf(inCharge, 3, at('2026-03-27'))?.idempotencyKey).toBe(`deadline:${CASE_ID}:3:due-soon:2026-04-01`);
    expect(dueActionOf(inCharge, 3, at('2026-04-01', '22:00'))?.idempotencyKey).toBe(`deadline:${CASE_ID}:3:overdue:2026-04-01`);
  });

  it('the same action on another revision has another key: a second routing reminds "1" again, under a new key', () => {
    const rerouted = routed({ sectorId: OTHER_SECTOR, routedAt: '2026-03-16T09:00:00.000Z', takeChargeDueDate: '2026-03-26' });
    const first = dueActionOf(stateAfter(received(), routed()), 1, at('2026-03-14'));
    const second = dueActionOf(stateAfter(received(), routed(), reminderSent(), rerouted), 3, at('2026-03-27'));
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
    expect([first?.idempotencyKey.endsWith(':reminder:1'), second?.idempotencyKey.endsWith(':reminder:1')]).toEqual([true, true]);
  });

  it('nothing on a suspended clock, a closed case, or once warned and marked', () => {
    expect(dueActionOf(stateAfter(received(), informationRequested()), 1, at('2026-04-10'))).toBeNull();
    expect(dueActionOf(stateAfter(received(), closed()), 1, at('2026-04-10'))).toBeNull();
    expect(dueActionOf(stateAfter(received(), dueSoonWarned()), 1, at('2026-03-30'))).toBeNull();
    expect(dueActionOf(stateAfter(received(), dueSoonWarned(), markedOverdue()), 2, at('2026-04-10'))).toBeNull();
  });
});
