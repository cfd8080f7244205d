import type { CaseEvent } from '../../../contracts';
import { spec } from '../../testing/decider-spec';
import { caseDecider } from '../case-decider';
import {
  CASE_ID,
  CITIZEN_ID,
  anotherCitizen,
  citizen,
  SECTOR,
  closed,
  directElsewhere,
  draftFinalReply,
  extend,
  extended,
  finalReplySent,
  handedBack,
  inCharge,
  informationReceived,
  informationRequested,
  on,
  otherReferent,
  received,
  recordInformation,
  referent,
  requestInformation,
  routed,
  sendFinalReply,
  sendInterimReply,
} from './case-fixtures';

const given = spec(caseDecider).given;

describe('Asking the citizen for missing information', () => {
  it('asks, and the final-reply clock stops', () => {
    given([received()]).when(requestInformation()).then([informationRequested()]);
  });

  it('the sector in charge may ask too', () => {
    given(inCharge()).when(requestInformation({ actor: referent })).then([informationRequested()]);
  });

  it('another sector may not', () => {
    given(inCharge()).when(requestInformation({ actor: otherReferent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('one question at a time', () => {
    given([received(), informationRequested()]).when(requestInformation()).thenThrows('CASE_ALREADY_SUSPENDED');
  });

  it('needs a question', () => {
    given([received()]).when(requestInformation({ question: ' ' })).thenThrows('TEXT_REQUIRED');
  });

  it('the answer resumes the clock; the due date moves by the 4 calendar days waited', () => {
    given([received(), informationRequested()]).when(recordInformation()).then([informationReceived()]);
  });

  it('counts calendar days in Rome, not periods of 24 hours', () => {
    // Asked at 23:30 on 10 March in Rome, answered at 00:30 on 11 March: one calendar day.
    given([received(), informationRequested({ requestedAt: '2026-03-10T22:30:00.000Z' })])
      .when(recordInformation({ at: '2026-03-10T23:30:00.000Z' }))
      .then([informationReceived({ suspendedDays: 1, finalReplyDueDate: '2026-04-02', receivedAt: '2026-03-10T23:30:00.000Z' })]);
  });

  it('an answer the same day moves nothing', () => {
    given([received(), informationRequested()])
      .when(recordInformation({ at: on('2026-03-10', '15:00') }))
      .then([informationReceived({ suspendedDays: 0, finalReplyDueDate: '2026-04-01', receivedAt: on('2026-03-10', '15:00') })]);
  });

  it('successive suspensions add up', () => {
    given([received(), informationRequested(), informationReceived()])
      .when(requestInformation({ at: on('2026-03-20') }))
      .then([informationRequested({ requestedAt: on('2026-03-20') })]);
    given([received(), informationRequested(), informationReceived(), informationRequested({ requestedAt: on('2026-03-20') })])
      .when(recordInformation({ at: on('2026-03-23') }))
      .then([informationReceived({ suspendedDays: 3, finalReplyDueDate: '2026-04-08', receivedAt: on('2026-03-23') })]);
  });

  it('the citizen answers on their own case, from the user area', () => {
    given([received(), informationRequested()])
      .when(recordInformation({ actor: citizen }))
      .then([informationReceived()]);
  });

  it('another citizen may not answer on it', () => {
    given([received(), informationRequested()]).when(recordInformation({ actor: anotherCitizen })).thenThrows('CITIZEN_NOT_OWNER');
  });

  it('cannot resume a case that is not suspended', () => {
    given([received()]).when(recordInformation()).thenThrows('CASE_NOT_SUSPENDED');
  });

  it('needs the information received', () => {
    given([received(), informationRequested()]).when(recordInformation({ information: '' })).thenThrows('TEXT_REQUIRED');
  });
});

describe('Interim replies', () => {
  it('the URP sends an interim reply', () => {
    given([received(), routed()])
      .when(sendInterimReply())
      .then([
        {
          type: 'InterimReplySent',
          data: {
            caseId: CASE_ID,
            citizenId: CITIZEN_ID,
            text: 'Il settore sta verificando: le risponderemo entro il 1° aprile.',
            channel: 'email',
            sentBy: 'urp',
            sectorId: null,
            sentAt: on('2026-03-12'),
          },
        },
      ]);
  });

  it('the sector sends one in its own name', () => {
    given(inCharge())
      .when(sendInterimReply({ actor: referent, channel: 'phone', text: 'Sopralluogo fissato.' }))
      .then([
        {
          type: 'InterimReplySent',
          data: {
            caseId: CASE_ID,
            citizenId: CITIZEN_ID,
            text: 'Sopralluogo fissato.',
            channel: 'phone',
            sentBy: 'sector',
            sectorId: SECTOR,
            sentAt: on('2026-03-12'),
          },
        },
      ]);
  });

  it('a referent cannot reply on a case not routed to them', () => {
    given([received()]).when(sendInterimReply({ actor: referent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('needs a text', () => {
    given([received()]).when(sendInterimReply({ text: '' })).thenThrows('TEXT_REQUIRED');
  });
});

describe('Motivated extension', () => {
  it('moves the due date later and records the reason told to the citizen', () => {
    given([received()]).when(extend()).then([extended()]);
  });

  it('the sector in charge may extend', () => {
    given(inCharge()).when(extend({ actor: referent })).then([extended()]);
  });

  it('needs a reason', () => {
    given([received()]).when(extend({ reason: '   ' })).thenThrows('EXTENSION_REASON_REQUIRED');
  });

  it('needs a date later than the current due date', () => {
    const error = given([received()]).when(extend({ newDueDate: '2026-04-01' })).thenThrows('EXTENSION_DATE_NOT_LATER');
    expect(error.details?.currentDueDate).toBe('2026-04-01');
  });

  it('a second extension must go beyond the first', () => {
    given([received(), extended()]).when(extend({ newDueDate: '2026-04-20' })).thenThrows('EXTENSION_DATE_NOT_LATER');
  });

  it('a second extension beyond the first is fine', () => {
    given([received(), extended()])
      .when(extend({ newDueDate: '2026-05-15', at: on('2026-04-10') }))
      .then([extended({ previousDueDate: '2026-04-30', newDueDate: '2026-05-15', extendedAt: on('2026-04-10') })]);
  });

  it('cannot promise a date already past', () => {
    given([received()])
      .when(extend({ newDueDate: '2026-04-05', at: on('2026-04-10') }))
      .thenThrows('EXTENSION_DATE_IN_PAST');
  });

  it('refuses a date beyond the maximum extension (9999-12-31 once stopped the deadline process)', () => {
    const error = given([received()]).when(extend({ newDueDate: '9999-12-31' })).thenThrows('EXTENSION_TOO_LONG');
    expect(error.details).toMatchObject({ currentDueDate: '2026-04-01', latestDueDate: '2026-09-28', maxExtensionDays: 180 });
  });

  it('takes the maximum extension from the office setting', () => {
    given([received()]).when(extend({ newDueDate: '2026-04-11', maxExtensionDays: 10 })).then([extended({ newDueDate: '2026-04-11' })]);
    given([received()]).when(extend({ newDueDate: '2026-04-12', maxExtensionDays: 10 })).thenThrows('EXTENSION_TOO_LONG');
  });

  it('needs a real calendar date', () => {
    given([received()]).when(extend({ newDueDate: '2026-04-31' })).thenThrows('INVALID_DATE');
  });

  it('not while waiting for the citizen: the due date is not known until they answer', () => {
    given([received(), informationRequested()]).when(extend()).thenThrows('CASE_SUSPENDED');
  });

  it('suspensions after an extension move the extended date', () => {
    given([received(), extended(), informationRequested({ requestedAt: on('2026-03-25') })])
      .when(recordInformation({ at: on('2026-03-27') }))
      .then([informationReceived({ suspendedDays: 2, finalReplyDueDate: '2026-05-02', receivedAt: on('2026-03-27') })]);
  });

  it('an extension after a suspension is taken as the new date, as told', () => {
    given([received(), informationRequested(), informationReceived()])
      .when(extend({ newDueDate: '2026-04-30' }))
      .then([extended({ previousDueDate: '2026-04-05' })]);
  });
});

describe('Final reply', () => {
  const replySent = (data: Partial<Extract<CaseEvent, { type: 'FinalReplySent' }>['data']> = {}): CaseEvent[] => [
    finalReplySent(data),
    closed({ closedAt: data.sentAt ?? on('2026-03-21') }),
  ];

  it('the referent drafts it for the URP', () => {
    given(inCharge())
      .when(draftFinalReply())
      .then([
        {
          type: 'FinalReplyDrafted',
          data: { caseId: CASE_ID, citizenId: CITIZEN_ID, sectorId: SECTOR, text: 'La buca è stata riparata il 20 marzo.', draftedAt: on('2026-03-20') },
        },
      ]);
  });

  it('no draft before the sector takes charge', () => {
    given([received(), routed()]).when(draftFinalReply()).thenThrows('FINAL_REPLY_NEEDS_TAKE_CHARGE');
  });

  it('no draft from another sector', () => {
    given(inCharge()).when(draftFinalReply({ actor: otherReferent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('the URP completes and sends it: the case is answered and closed', () => {
    given(inCharge()).when(sendFinalReply()).then(replySent());
  });

  it('the referent may answer the citizen directly', () => {
    given(inCharge())
      .when(sendFinalReply({ actor: referent, channel: 'phone' }))
      .then(replySent({ repliedBy: 'sector', sectorId: SECTOR, channel: 'phone' }));
  });

  it('answering directly: the URP replies to a case never routed', () => {
    given([received({ kind: 'information_request' })])
      .when(sendFinalReply({ channel: 'counter', at: on('2026-03-02', '09:10') }))
      .then(replySent({ channel: 'counter', sentAt: on('2026-03-02', '09:10') }));
  });

  it('the URP may answer a case handed back, which no sector holds', () => {
    given([received(), routed(), handedBack()]).when(sendFinalReply()).then(replySent());
  });

  it('needs the routed sector to have taken charge', () => {
    given([received(), routed()]).when(sendFinalReply()).thenThrows('FINAL_REPLY_NEEDS_TAKE_CHARGE');
  });

  it('the sector cannot reply before taking charge', () => {
    given([received(), routed()]).when(sendFinalReply({ actor: referent })).thenThrows('FINAL_REPLY_NEEDS_TAKE_CHARGE');
  });

  it('only the sector in charge can reply for it', () => {
    given(inCharge()).when(sendFinalReply({ actor: otherReferent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('a referent cannot answer a case never routed', () => {
    given([received()]).when(sendFinalReply({ actor: referent })).thenThrows('NOT_ROUTED_SECTOR');
  });

  it('an unclassified contact must be classified before its final reply', () => {
    given([received({ kind: null })]).when(sendFinalReply()).thenThrows('CASE_NOT_CLASSIFIED');
  });

  it('on the due date itself, at 23:59 in Rome (summer time: 21:59 UTC), it is still on time', () => {
    given(inCharge())
      .when(sendFinalReply({ at: '2026-04-01T21:59:00.000Z' }))
      .then(replySent({ sentAt: '2026-04-01T21:59:00.000Z', withinDueDate: true }));
  });

  it('from midnight in Rome it is late', () => {
    given(inCharge())
      .when(sendFinalReply({ at: '2026-04-01T22:00:00.000Z' }))
      .then(replySent({ sentAt: '2026-04-01T22:00:00.000Z', withinDueDate: false }));
  });

  it('an extension makes a later reply on time', () => {
    given([...inCharge(), extended()])
      .when(sendFinalReply({ at: on('2026-04-20') }))
      .then(replySent({ sentAt: on('2026-04-20'), finalReplyDueDate: '2026-04-30', withinDueDate: true }));
  });

  it('a reply sent while still waiting for the citizen counts the wait as suspended', () => {
    given([...inCharge(), informationRequested({ requestedAt: on('2026-03-25') })])
      .when(sendFinalReply({ at: on('2026-04-03') }))
      .then(replySent({ sentAt: on('2026-04-03'), finalReplyDueDate: '2026-04-10', withinDueDate: true }));
  });

  it('needs a text', () => {
    given(inCharge()).when(sendFinalReply({ text: '' })).thenThrows('TEXT_REQUIRED');
  });
});

describe('Directing the citizen elsewhere', () => {
  const directedEvents = (): CaseEvent[] => [
    {
      type: 'CaseDirectedElsewhere',
      data: {
        caseId: CASE_ID,
        citizenId: CITIZEN_ID,
        otherBody: 'Provincia di Ancona, Settore Viabilità',
        message: 'La strada è provinciale: si rivolga alla Provincia di Ancona.',
        channel: 'email',
        directedAt: on('2026-03-04'),
      },
    },
    closed({ outcome: 'directed_elsewhere', closedAt: on('2026-03-04') }),
  ];

  it('names the competent body and closes the case', () => {
    given([received()]).when(directElsewhere()).then(directedEvents());
  });

  it('after a sector handed it back as not the municipality\'s', () => {
    given([received(), routed(), handedBack()]).when(directElsewhere()).then(directedEvents());
  });

  it('not while a sector holds the case', () => {
    given([received(), routed()]).when(directElsewhere()).thenThrows('CASE_ROUTED_TO_SECTOR');
  });

  it('needs the other body named', () => {
    const error = given([received()]).when(directElsewhere({ otherBody: '' })).thenThrows('TEXT_REQUIRED');
    expect(error.details).toEqual({ field: 'otherBody' });
  });

  it('only the URP directs elsewhere', () => {
    given([received(), routed()]).when(directElsewhere({ actor: referent })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

