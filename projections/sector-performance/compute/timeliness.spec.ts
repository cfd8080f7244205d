import { at, clockRecord, repliedClock, routingRecord, takenRouting } from '../testing/fact-fixtures';
import { dueDateTimeliness, finalReplyTimeliness, netClockDays, takeChargeTimeliness } from './timeliness';

const NOW = at('2026-06-30');

describe('final reply timeliness', () => {
  it('a reply within the term is within, by the calendar days it took; one day more is late', () => {
    expect(finalReplyTimeliness(repliedClock(30), 30, NOW)).toEqual({ status: 'within', days: 30 });
    expect(finalReplyTimeliness(repliedClock(31), 30, NOW)).toEqual({ status: 'late', days: 31 });
  });

  it('counts Rome calendar days: 23:30 one evening to 00:30 the next morning (Rome) is one day', () => {
    const clock = clockRecord({ startedAt: '2026-03-02T22:30:00.000Z', finalReplyAt: '2026-03-02T23:30:00.000Z' });
    expect(netClockDays(clock, clock.finalReplyAt!)).toBe(1);
  });

  it('the days waiting for the citizen do not count', () => {
    expect(finalReplyTimeliness(repliedClock(35, { suspendedDays: 6 }), 30, NOW)).toEqual({ status: 'within', days: 29 });
  });

  it('a motivated extension does not make a late reply within the standard', () => {
    const extended = repliedClock(40, { extensionEventIds: ['ext'], dueDate: '2026-04-20', finalReplyWithinDueDate: true });
    expect(finalReplyTimeliness(extended, 30, NOW).status).toBe('late');
    expect(dueDateTimeliness(extended, NOW).status).toBe('within');
  });

  it('with no reply yet, it is late once the term has run out, undecided before', () => {
    const open = clockRecord({ startedAt: at('2026-06-01') });
    expect(finalReplyTimeliness(open, 30, NOW)).toEqual({ status: 'undecided', days: null });
    expect(finalReplyTimeliness(open, 28, NOW)).toEqual({ status: 'late', days: null });
  });

  it('a clock waiting for the citizen stops counting when the wait began', () => {
    const waiting = clockRecord({ startedAt: at('2026-05-01'), suspendedSince: at('2026-05-20') });
    expect(finalReplyTimeliness(waiting, 30, NOW).status).toBe('undecided');
  });

  it('closed without a reply: late only if the term had run out before the closure', () => {
    const directedSoon = clockRecord({ startedAt: at('2026-03-02'), closedAt: at('2026-03-05'), outcome: 'directed_elsewhere' });
    const directedLate = clockRecord({ startedAt: at('2026-03-02'), closedAt: at('2026-04-15'), outcome: 'directed_elsewhere' });
    expect(finalReplyTimeliness(directedSoon, 30, NOW).status).toBe('undecided');
    expect(finalReplyTimeliness(directedLate, 30, NOW).status).toBe('late');
  });

  it('a merged case is answered with the other one: undecided', () => {
    expect(finalReplyTimeliness(clockRecord({ mergedAt: at('2026-03-04') }), 30, NOW).status).toBe('undecided');
  });

  it('what happens after the report date is not known to the report', () => {
    expect(finalReplyTimeliness(repliedClock(5), 30, at('2026-03-05')).status).toBe('undecided');
  });
});

describe('due date timeliness', () => {
  it('uses the write side verdict on a reply', () => {
    expect(dueDateTimeliness(repliedClock(20, { finalReplyWithinDueDate: false }), NOW).status).toBe('late');
  });

  it('with no reply, late from the midnight that ends the due date', () => {
    const open = clockRecord({ dueDate: '2026-06-29' });
    expect(dueDateTimeliness(open, '2026-06-29T21:59:59.000Z').status).toBe('undecided');
    expect(dueDateTimeliness(open, '2026-06-29T22:00:00.000Z').status).toBe('late');
  });

  it('a clock waiting for the citizen is undecided: its due date is still to move', () => {
    expect(dueDateTimeliness(clockRecord({ dueDate: '2026-04-01', suspendedSince: at('2026-03-20') }), NOW).status).toBe('undecided');
  });
});

describe('take-charge timeliness', () => {
  it('taken in charge within the term, or late by the days it took', () => {
    expect(takeChargeTimeliness(takenRouting(10), 10, NOW)).toEqual({ status: 'within', days: 10 });
    expect(takeChargeTimeliness(takenRouting(12), 10, NOW)).toEqual({ status: 'late', days: 12 });
  });

  it('not taken: late once the term ran out, while waiting or before the routing ended otherwise', () => {
    expect(takeChargeTimeliness(routingRecord({ routedAt: at('2026-06-25') }), 10, NOW).status).toBe('undecided');
    expect(takeChargeTimeliness(routingRecord({ routedAt: at('2026-06-01') }), 10, NOW).status).toBe('late');
    const handedBackSoon = routingRecord({ routedAt: at('2026-03-03'), endedAt: at('2026-03-05'), endedBy: 'handed_back' });
    const handedBackLate = routingRecord({ routedAt: at('2026-03-03'), endedAt: at('2026-03-20'), endedBy: 'handed_back' });
    expect(takeChargeTimeliness(handedBackSoon, 10, NOW).status).toBe('undecided');
    expect(takeChargeTimeliness(handedBackLate, 10, NOW).status).toBe('late');
  });
});
