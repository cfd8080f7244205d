import { spec } from '../../testing/decider-spec';
import { caseDecider } from '../case-decider';
import {
  OTHER_SECTOR,
  SECTOR,
  handBack,
  handedBack,
  inCharge,
  informationRequested,
  on,
  operator,
  otherReferent,
  received,
  referent,
  remind,
  reminderSent,
  route,
  routed,
  takeInCharge,
  takenInCharge,
} from './case-fixtures';

const given = spec(caseDecider).given;

describe('Routing a case to a sector', () => {
  it('routes a case the URP holds; the sector has 10 days to take charge', () => {
    given([received()]).when(route()).then([routed()]);
  });

  it('uses the take-charge terms in force at the date of routing', () => {
    given([received()])
      .when(route({ terms: { finalReplyDays: 30, takeChargeDays: 3, reminderRepeatDays: 2, dueSoonDays: 5 } }))
      .then([routed({ takeChargeTerms: { takeChargeDays: 3, reminderRepeatDays: 2 }, takeChargeDueDate: '2026-03-06' })]);
  });

  it('a routing note is optional', () => {
    given([received()]).when(route({ note: '  ' })).then([routed({ note: null })]);
  });

  it('redirects to another sector before the first takes charge, restarting the take-charge clock', () => {
    given([received(), routed()])
      .when(route({ sectorId: OTHER_SECTOR, at: on('2026-03-06') }))
      .then([
        routed({ sectorId: OTHER_SECTOR, previousSectorId: SECTOR, takeChargeDueDate: '2026-03-16', routedAt: on('2026-03-06') }),
      ]);
  });

  it('routes again a case handed back', () => {
    given([received(), routed(), handedBack()])
      .when(route({ sectorId: OTHER_SECTOR, at: on('2026-03-04') }))
      .then([routed({ sectorId: OTHER_SECTOR, takeChargeDueDate: '2026-03-14', routedAt: on('2026-03-04') })]);
  });

  it('refuses to route again to the sector that has it', () => {
    given([received(), routed()]).when(route()).thenThrows('CASE_ALREADY_ROUTED_TO_SECTOR');
  });

  it('refuses to take a case away from a sector that took charge of it', () => {
    given(inCharge()).when(route({ sectorId: OTHER_SECTOR })).thenThrows('CASE_ALREADY_TAKEN_IN_CHARGE');
  });

  it('an unclassified contact must be classified before routing', () => {
    given([received({ kind: null })]).when(route()).thenThrows('CASE_NOT_CLASSIFIED');
  });

  it('needs a sector', () => {
    given([received()]).when(route({ sectorId: '' })).thenThrows('TEXT_REQUIRED');
  });

  it('only operators route', () => {
    given([received()]).when(route({ actor: referent })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('a case that does not exist cannot be routed', () => {
    given([]).when(route()).thenThrows('CASE_NOT_FOUND');
  });
});

describe('The sector handing a case back', () => {
  it('returns the case to the URP with its reason', () => {
    given([received(), routed()]).when(handBack()).then([handedBack()]);
  });

  it('may hand back even after taking charge', () => {
    given(inCharge()).when(handBack()).then([handedBack()]);
  });

  it('needs a reason', () => {
    given([received(), routed()]).when(handBack({ reason: '' })).thenThrows('TEXT_REQUIRED');
  });

  it('cannot hand back a case never routed', () => {
    given([received()]).when(handBack()).thenThrows('CASE_NOT_ROUTED');
  });

  it('cannot hand back a case already handed back', () => {
    given([received(), routed(), handedBack()]).when(handBack()).thenThrows('CASE_NOT_ROUTED');
  });

  it('only the sector it is routed to can hand it back', () => {
    given([received(), routed()]).when(handBack({ actor: otherReferent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('operators do not hand back: they route', () => {
    given([received(), routed()]).when(handBack({ actor: operator })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

describe('The sector taking charge', () => {
  it('the referent of the routed sector takes charge', () => {
    given([received(), routed()]).when(takeInCharge()).then([takenInCharge()]);
  });

  it('cannot take charge of a case not routed', () => {
    given([received()]).when(takeInCharge()).thenThrows('CASE_NOT_ROUTED');
  });

  it('cannot take charge of a case handed back', () => {
    given([received(), routed(), handedBack()]).when(takeInCharge()).thenThrows('CASE_NOT_ROUTED');
  });

  it('only the sector it is routed to can take charge', () => {
    given([received(), routed()]).when(takeInCharge({ actor: otherReferent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('a referent without a sector cannot take charge', () => {
    given([received(), routed()])
      .when(takeInCharge({ actor: { id: 'ref-x', role: 'referent' } }))
      .thenThrows('NOT_ROUTED_SECTOR');
  });

  it('operators act for the URP, not for the sector', () => {
    given([received(), routed()]).when(takeInCharge({ actor: operator })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('takes charge once', () => {
    given(inCharge()).when(takeInCharge()).thenThrows('CASE_ALREADY_TAKEN_IN_CHARGE');
  });

  it('the new sector takes charge after a redirection', () => {
    given([received(), routed(), routed({ sectorId: OTHER_SECTOR, previousSectorId: SECTOR })])
      .when(takeInCharge({ actor: otherReferent }))
      .then([takenInCharge({ sectorId: OTHER_SECTOR })]);
  });
});

describe('Reminding the sector to take charge', () => {
  it('the process manager sends the first reminder the day after the 10 days', () => {
    given([received(), routed()]).when(remind()).then([reminderSent()]);
  });

  it('not on the tenth day: the sector still has it', () => {
    given([received(), routed()]).when(remind({ at: on('2026-03-13', '21:00') })).thenNothing();
  });

  it('the day after starts at midnight in Rome (23:00 UTC in winter)', () => {
    given([received(), routed()])
      .when(remind({ at: '2026-03-13T23:00:00.000Z' }))
      .then([reminderSent({ sentAt: '2026-03-13T23:00:00.000Z' })]);
  });

  it('a retried reminder records nothing more', () => {
    given([received(), routed(), reminderSent()]).when(remind({ at: on('2026-03-14', '09:01') })).thenNothing();
  });

  it('repeats every 5 days while the sector has not taken charge', () => {
    given([received(), routed(), reminderSent()])
      .when(remind({ at: on('2026-03-19') }))
      .then([reminderSent({ reminderNumber: 2, sentAt: on('2026-03-19') })]);
  });

  it('counts the cadence from the last reminder, manual ones included', () => {
    given([received(), routed(), reminderSent({ sentBy: 'urp', sentAt: on('2026-03-16') })])
      .when(remind({ at: on('2026-03-19') }))
      .thenNothing();
  });

  it('a redirection restarts the clock and the count', () => {
    given([received(), routed(), reminderSent(), routed({ sectorId: OTHER_SECTOR, previousSectorId: SECTOR, routedAt: on('2026-03-15'), takeChargeDueDate: '2026-03-25' })])
      .when(remind({ at: on('2026-03-20') }))
      .thenNothing();
    given([received(), routed(), reminderSent(), routed({ sectorId: OTHER_SECTOR, previousSectorId: SECTOR, routedAt: on('2026-03-15'), takeChargeDueDate: '2026-03-25' })])
      .when(remind({ at: on('2026-03-26') }))
      .then([reminderSent({ sectorId: OTHER_SECTOR, reminderNumber: 1, sentAt: on('2026-03-26') })]);
  });

  it('no reminder once the sector has taken charge', () => {
    given(inCharge()).when(remind()).thenNothing();
  });

  it('no reminder for a case the URP holds', () => {
    given([received(), routed(), handedBack()]).when(remind()).thenNothing();
  });

  it('the waiting for the citizen does not stop the chasing of the sector', () => {
    given([received(), routed(), informationRequested()]).when(remind()).then([reminderSent()]);
  });

  it('an operator may chase the sector before the reminder is due', () => {
    given([received(), routed()])
      .when(remind({ actor: operator, at: on('2026-03-08') }))
      .then([reminderSent({ sentBy: 'urp', sentAt: on('2026-03-08') })]);
  });

  it('an operator cannot chase a sector that already took charge', () => {
    given(inCharge()).when(remind({ actor: operator })).thenThrows('CASE_NOT_AWAITING_TAKE_CHARGE');
  });

  it('an operator cannot chase when no sector has the case', () => {
    given([received()]).when(remind({ actor: operator })).thenThrows('CASE_NOT_AWAITING_TAKE_CHARGE');
  });

  it('referents are not the ones who chase', () => {
    given([received(), routed()]).when(remind({ actor: referent })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

