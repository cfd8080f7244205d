import type { CaseEvent } from '../../../contracts';
import { stateFrom } from '../../shared/decider';
import { caseDecider } from '../case-decider';
import {
  finalReplyAlarms,
  finalReplyDueDate,
  finalReplyDueDateFrom,
  finalReplySlaAt,
  isDueSoon,
  isPastDueDate,
  suspendedCalendarDays,
  takeChargeDueDate,
  takeChargeDueDateFrom,
  takeChargeReminderAt,
  takeChargeReminderDate,
} from '../case-deadlines';
import {
  FINAL_REPLY_TERMS,
  TAKE_CHARGE_TERMS,
  answeredAndClosed,
  extended,
  handedBack,
  inCharge,
  informationReceived,
  informationRequested,
  mergedInto,
  on,
  received,
  reminderSent,
  routed,
} from './case-fixtures';

const stateAfter = (events: CaseEvent[]) => stateFrom(caseDecider, events);

describe('Final-reply due date arithmetic', () => {
  it.each([
    ['2026-03-02', 30, '2026-04-01'],
    ['2026-03-10', 30, '2026-04-09'], // across the spring DST change
    ['2026-10-10', 30, '2026-11-09'], // across the autumn DST change
    ['2026-01-31', 30, '2026-03-02'], // February of a common year
    ['2028-01-31', 30, '2028-03-01'], // February of a leap year
    ['2026-12-15', 30, '2027-01-14'], // across the year
    ['2026-03-31', 30, '2026-04-30'],
    ['2026-05-31', 30, '2026-06-30'],
    ['2026-03-02', 0, '2026-03-02'], // "immediate": due the same day
  ])('received %s, %i days: due %s', (start, days, due) => {
    expect(finalReplyDueDateFrom(start, { finalReplyDays: days, dueSoonDays: 5 })).toBe(due);
  });

  it('adds the days suspended', () => {
    expect(finalReplyDueDateFrom('2026-03-02', FINAL_REPLY_TERMS, 4)).toBe('2026-04-05');
  });
});

describe('Days suspended', () => {
  it('are whole Rome calendar days between the request and the answer', () => {
    expect(suspendedCalendarDays(on('2026-03-10', '16:00'), on('2026-03-14', '08:00'))).toBe(4);
  });

  it('do not shrink over the spring DST change (a 23-hour day still counts one)', () => {
    expect(suspendedCalendarDays('2026-03-28T11:00:00.000Z', '2026-03-30T07:00:00.000Z')).toBe(2);
  });

  it('do not grow over the autumn DST change (a 25-hour day still counts one)', () => {
    expect(suspendedCalendarDays('2026-10-24T10:00:00.000Z', '2026-10-26T10:00:00.000Z')).toBe(2);
  });

  it('follow the Rome date, not the UTC one', () => {
    // 23:30 in Rome on 10 March, then 00:30 in Rome on 11 March
    expect(suspendedCalendarDays('2026-03-10T22:30:00.000Z', '2026-03-10T23:30:00.000Z')).toBe(1);
  });

  it('are never negative, whatever the clocks of two machines say', () => {
    expect(suspendedCalendarDays(on('2026-03-14'), on('2026-03-10'))).toBe(0);
  });
});

describe('Due and late', () => {
  it('a winter due date is missed from 23:00 UTC', () => {
    expect(isPastDueDate('2026-01-15', '2026-01-15T22:59:59.999Z')).toBe(false);
    expect(isPastDueDate('2026-01-15', '2026-01-15T23:00:00.000Z')).toBe(true);
  });

  it('a summer due date is missed from 22:00 UTC', () => {
    expect(isPastDueDate('2026-07-15', '2026-07-15T21:59:59.999Z')).toBe(false);
    expect(isPastDueDate('2026-07-15', '2026-07-15T22:00:00.000Z')).toBe(true);
  });

  it('due on the day clocks go forward: missed at 22:00 UTC', () => {
    expect(isPastDueDate('2026-03-29', '2026-03-29T21:59:00.000Z')).toBe(false);
    expect(isPastDueDate('2026-03-29', '2026-03-29T22:00:00.000Z')).toBe(true);
  });

  it('due on the day clocks go back: missed at 23:00 UTC', () => {
    expect(isPastDueDate('2026-10-25', '2026-10-25T22:30:00.000Z')).toBe(false);
    expect(isPastDueDate('2026-10-25', '2026-10-25T23:00:00.000Z')).toBe(true);
  });

  it('due soon within the window, counted in Rome calendar days', () => {
    expect(isDueSoon('2026-04-01', 5, on('2026-03-26'))).toBe(false);
    expect(isDueSoon('2026-04-01', 5, '2026-03-26T23:00:00.000Z')).toBe(true); // already 27 March in Rome
    expect(isDueSoon('2026-04-01', 5, on('2026-04-01'))).toBe(true);
    expect(isDueSoon('2026-04-01', 5, on('2026-04-02'))).toBe(false); // overdue, no longer "soon"
  });

  it('a window of 0 days is the due date alone', () => {
    expect(isDueSoon('2026-04-01', 0, on('2026-03-31'))).toBe(false);
    expect(isDueSoon('2026-04-01', 0, on('2026-04-01'))).toBe(true);
  });
});

describe('Final-reply SLA of a case', () => {
  it('on time, due soon, overdue', () => {
    const state = stateAfter([received()]);
    expect(finalReplySlaAt(state, on('2026-03-10'))).toBe('on_time');
    expect(finalReplySlaAt(state, on('2026-03-28'))).toBe('due_soon');
    expect(finalReplySlaAt(state, on('2026-04-02'))).toBe('overdue');
  });

  it('suspended while waiting for the citizen, even past the due date', () => {
    expect(finalReplySlaAt(stateAfter([received(), informationRequested()]), on('2026-05-01'))).toBe('suspended');
  });

  it('none when no reply is awaited', () => {
    expect(finalReplySlaAt(stateAfter([]), on('2026-03-10'))).toBeNull();
    expect(finalReplySlaAt(stateAfter(answeredAndClosed()), on('2026-05-01'))).toBeNull();
    expect(finalReplySlaAt(stateAfter([received(), mergedInto()]), on('2026-05-01'))).toBeNull();
    expect(finalReplyDueDate(stateAfter(answeredAndClosed()))).toBeNull();
  });

  it('the process manager is told when to look: the start of the window and the end of the due date', () => {
    expect(finalReplyAlarms(stateAfter([received()]))).toEqual({
      dueSoonFrom: '2026-03-26T23:00:00.000Z', // midnight of 27 March in Rome (winter)
      overdueFrom: '2026-04-01T22:00:00.000Z', // midnight of 2 April in Rome (summer)
    });
  });

  it('no alarms while suspended or closed', () => {
    expect(finalReplyAlarms(stateAfter([received(), informationRequested()]))).toBeNull();
    expect(finalReplyAlarms(stateAfter(answeredAndClosed()))).toBeNull();
  });
});

describe('Suspension and extension together', () => {
  it('each suspension moves the due date by its days', () => {
    const state = stateAfter([
      received(),
      informationRequested(),
      informationReceived(), // 4 days: 1 April -> 5 April
      informationRequested({ requestedAt: on('2026-03-20') }),
      informationReceived({ suspendedDays: 3, finalReplyDueDate: '2026-04-08', receivedAt: on('2026-03-23') }),
    ]);
    expect(finalReplyDueDate(state)).toBe('2026-04-08');
  });

  it('an extension replaces the due date with the date told to the citizen', () => {
    const state = stateAfter([received(), informationRequested(), informationReceived(), extended({ previousDueDate: '2026-04-05' })]);
    expect(finalReplyDueDate(state)).toBe('2026-04-30');
  });

  it('a suspension after the extension moves the extended date', () => {
    const events = [received(), extended(), informationRequested({ requestedAt: on('2026-04-20') })];
    const [resumed] = caseDecider.decide(
      { type: 'RecordCitizenInformation', caseId: received().data.caseId, actor: { id: 'op', role: 'operator' }, at: on('2026-04-26'), information: 'Ecco la foto.' },
      stateAfter(events),
    );
    expect(resumed).toMatchObject({ type: 'CitizenInformationReceived', data: { suspendedDays: 6, finalReplyDueDate: '2026-05-06' } });
    expect(finalReplyDueDate(stateAfter([...events, resumed!]))).toBe('2026-05-06');
  });
});

describe('Take-charge clock', () => {
  it('the sector has until the tenth day after routing', () => {
    expect(takeChargeDueDateFrom(on('2026-03-03'), TAKE_CHARGE_TERMS)).toBe('2026-03-13');
    expect(takeChargeDueDate(stateAfter([received(), routed()]))).toBe('2026-03-13');
  });

  it('counts from the Rome date of routing (late evening UTC is already the next day)', () => {
    expect(takeChargeDueDateFrom('2026-03-03T23:30:00.000Z', TAKE_CHARGE_TERMS)).toBe('2026-03-14');
  });

  it('the first reminder is due the day after, then every 5 days after the last', () => {
    expect(takeChargeReminderDate(stateAfter([received(), routed()]))).toBe('2026-03-14');
    expect(takeChargeReminderDate(stateAfter([received(), routed(), reminderSent()]))).toBe('2026-03-19');
  });

  it('the reminder falls due at midnight in Rome', () => {
    expect(takeChargeReminderAt(stateAfter([received(), routed()]))).toBe('2026-03-13T23:00:00.000Z');
  });

  it('restarts when routed again', () => {
    const state = stateAfter([received(), routed(), reminderSent(), handedBack({ handedBackAt: on('2026-03-15') }), routed({ sectorId: 'tributi', routedAt: on('2026-03-16'), takeChargeDueDate: '2026-03-26' })]);
    expect(takeChargeReminderDate(state)).toBe('2026-03-27');
  });

  it('none once taken in charge, nor while the URP holds the case', () => {
    expect(takeChargeReminderDate(stateAfter(inCharge()))).toBeNull();
    expect(takeChargeDueDate(stateAfter(inCharge()))).toBeNull();
    expect(takeChargeReminderDate(stateAfter([received(), routed(), handedBack()]))).toBeNull();
    expect(takeChargeReminderAt(stateAfter([received()]))).toBeNull();
  });
});
