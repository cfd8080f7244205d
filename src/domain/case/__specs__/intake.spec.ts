import { spec } from '../../testing/decider-spec';
import { caseDecider } from '../case-decider';
import { SOCIAL_CHANNEL_CITIZEN_MESSAGE } from '../citizen-contact-rules';
import {
  FINAL_REPLY_TERMS,
  acknowledge,
  acknowledged,
  anotherCitizen,
  citizen,
  classified,
  classify,
  closed,
  extended,
  informationReceived,
  informationRequested,
  on,
  operator,
  receive,
  received,
  reopened,
  routed,
} from './case-fixtures';

const given = spec(caseDecider).given;

describe('Receiving a case', () => {
  it('an operator registers a contact received by e-mail; the final reply is due 30 days after receipt', () => {
    given([]).when(receive()).then([received()]);
  });

  it('the citizen registers their own case online', () => {
    given([])
      .when(receive({ actor: citizen, channel: 'web' }))
      .then([received({ channel: 'web', submittedBy: 'citizen' })]);
  });

  it('a citizen cannot register a case in somebody else\'s name', () => {
    given([]).when(receive({ actor: anotherCitizen, channel: 'web' })).thenThrows('CITIZEN_NOT_OWNER');
  });

  it('a citizen registers only through the web portal', () => {
    given([]).when(receive({ actor: citizen, channel: 'phone' })).thenThrows('CITIZEN_MUST_USE_WEB');
  });

  it('a case is received once', () => {
    given([received()]).when(receive()).thenThrows('CASE_ALREADY_RECEIVED');
  });

  it('the clock starts from when the contact arrived, when it is registered later (a letter)', () => {
    given([])
      .when(receive({ channel: 'postal_mail', receivedAt: '2026-02-27T15:00:00+01:00', at: on('2026-03-02') }))
      .then([received({ channel: 'postal_mail', receivedAt: on('2026-02-27', '14:00'), finalReplyDueDate: '2026-03-29' })]);
  });

  it('a contact cannot arrive after it was registered', () => {
    given([]).when(receive({ receivedAt: on('2026-03-03') })).thenThrows('INVALID_INSTANT');
  });

  it('counts the 30 days from the Rome date: 23:30 UTC on 31 December is already the new year', () => {
    given([])
      .when(receive({ at: '2025-12-31T23:30:00.000Z' }))
      .then([received({ receivedAt: '2025-12-31T23:30:00.000Z', finalReplyDueDate: '2026-01-31' })]);
  });

  it('records the terms the charter gave the case, whatever they are', () => {
    given([])
      .when(receive({ terms: { finalReplyDays: 15, takeChargeDays: 3, reminderRepeatDays: 2, dueSoonDays: 2 } }))
      .then([received({ finalReplyTerms: { finalReplyDays: 15, dueSoonDays: 2 }, finalReplyDueDate: '2026-03-17' })]);
  });

  it('a contact can be registered before it is classified', () => {
    given([])
      .when(receive({ kind: null, subject: null }))
      .then([received({ kind: null, subject: null })]);
  });

  it('keeps personal data trimmed and without blank fields', () => {
    given([])
      .when(receive({ citizen: { fullName: '  Mario Rossi ', email: ' mario.rossi@example.it', phone: '', address: '   ' } }))
      .then([received({ citizen: { fullName: 'Mario Rossi', email: 'mario.rossi@example.it' } })]);
  });

  describe('complaints, reports and suggestions are not anonymous', () => {
    it.each(['complaint', 'report', 'suggestion'] as const)('refuses an anonymous %s', (kind) => {
      const error = given([]).when(receive({ kind, citizen: {} })).thenThrows('CASE_ANONYMOUS_NOT_ALLOWED');
      expect(error.details?.citizenMessage).toMatch(/non possono essere anonimi/);
    });

    it('a name is not enough: a contact is needed to answer', () => {
      given([]).when(receive({ citizen: { fullName: 'Mario Rossi' } })).thenThrows('CASE_ANONYMOUS_NOT_ALLOWED');
    });

    it('a contact is not enough: the name is needed', () => {
      given([]).when(receive({ citizen: { email: 'mario.rossi@example.it' } })).thenThrows('CASE_ANONYMOUS_NOT_ALLOWED');
    });

    it('a blank name does not count as a name', () => {
      given([]).when(receive({ citizen: { fullName: '  ', phone: '071 000000' } })).thenThrows('CASE_ANONYMOUS_NOT_ALLOWED');
    });

    it.each([
      ['an e-mail', { email: 'mario.rossi@example.it' }],
      ['a phone number', { phone: '071 000000' }],
      ['a postal address', { address: 'Via Roma 1, Ancona' }],
    ])('a name and %s are enough', (_, contact) => {
      const citizenDetails = { fullName: 'Mario Rossi', ...contact };
      given([]).when(receive({ citizen: citizenDetails })).then([received({ citizen: citizenDetails })]);
    });

    it.each(['information_request', 'appreciation', 'civic_access'] as const)('an anonymous %s is accepted', (kind) => {
      given([]).when(receive({ kind, citizen: {} })).then([received({ kind, citizen: {}, identified: false })]);
    });
  });

  describe('no complaint or report through a social channel', () => {
    it.each(['facebook', 'instagram', 'x', 'youtube'] as const)('refuses a report on %s, telling the proper way', (channel) => {
      const error = given([]).when(receive({ channel })).thenThrows('CASE_SOCIAL_CHANNEL_NOT_ACCEPTED');
      expect(error.message).toMatch(/web form, e-mail, phone or the URP counter/);
      expect(error.details?.citizenMessage).toBe(SOCIAL_CHANNEL_CITIZEN_MESSAGE);
      expect(error.details?.properChannels).toEqual(['web', 'email', 'phone', 'counter', 'postal_mail']);
    });

    it('refuses a complaint on Facebook', () => {
      given([]).when(receive({ channel: 'facebook', kind: 'complaint' })).thenThrows('CASE_SOCIAL_CHANNEL_NOT_ACCEPTED');
    });

    it('answers a question asked on Facebook', () => {
      given([])
        .when(receive({ channel: 'facebook', kind: 'information_request' }))
        .then([received({ channel: 'facebook', kind: 'information_request' })]);
    });

    it.each(['whatsapp', 'telegram', 'web_chat'] as const)('refuses a report from the chat %s too, as seed 000 says', (channel) => {
      const error = given([]).when(receive({ channel })).thenThrows('CASE_SOCIAL_CHANNEL_NOT_ACCEPTED');
      expect(error.details?.citizenMessage).toBe(SOCIAL_CHANNEL_CITIZEN_MESSAGE);
    });

    it("takes a report from Facebook when the office's policy at receipt says so (Gubbio)", () => {
      given([])
        .when(receive({ channel: 'facebook', acceptedKinds: ['report', 'information_request'] }))
        .then([received({ channel: 'facebook' })]);
    });

    it("refuses what the office's policy at receipt refuses, with its own code on other channels", () => {
      const error = given([]).when(receive({ channel: 'email', acceptedKinds: ['information_request'] })).thenThrows('CASE_CHANNEL_NOT_ACCEPTED');
      expect(error.details).toMatchObject({ channel: 'email', acceptedKinds: ['information_request'] });
    });

    it('keeps the title and the suggested sector the registration gives', () => {
      given([])
        .when(receive({ title: ' Buca in via Roma ', suggestedSectorId: 'sec-lp' }))
        .then([{ ...received(), data: { ...received().data, title: 'Buca in via Roma', suggestedSectorId: 'sec-lp' } }]);
    });
  });

  describe('input', () => {
    it('needs a description', () => {
      const error = given([]).when(receive({ description: '   ' })).thenThrows('TEXT_REQUIRED');
      expect(error.details).toEqual({ field: 'description' });
    });

    it('needs a well-formed reference number', () => {
      given([]).when(receive({ reference: '2026/42' })).thenThrows('INVALID_REFERENCE');
    });

    it('needs a known channel', () => {
      given([]).when(receive({ channel: 'carrier-pigeon' as never })).thenThrows('INVALID_VALUE');
    });

    it('needs a known kind', () => {
      given([]).when(receive({ kind: 'rant' as never })).thenThrows('INVALID_VALUE');
    });

    it('needs an instant with a time zone', () => {
      given([]).when(receive({ at: '2026-03-02 10:00' })).thenThrows('INVALID_INSTANT');
    });

    it('needs whole-day terms, with a reminder cadence of at least one day', () => {
      given([])
        .when(receive({ terms: { finalReplyDays: 30, takeChargeDays: 10, reminderRepeatDays: 0, dueSoonDays: 5 } }))
        .thenThrows('INVALID_TERMS');
      given([])
        .when(receive({ terms: { finalReplyDays: 7.5, takeChargeDays: 10, reminderRepeatDays: 5, dueSoonDays: 5 } }))
        .thenThrows('INVALID_TERMS');
    });
  });
});

describe('Acknowledging a case', () => {
  it('records the acknowledgement with the reference number as sent', () => {
    given([received()]).when(acknowledge()).then([acknowledged()]);
  });

  it('an operator can acknowledge (e.g. at the counter)', () => {
    given([received()])
      .when(acknowledge({ actor: operator, channel: 'counter' }))
      .then([acknowledged({ channel: 'counter' })]);
  });

  it('the process manager retrying records nothing more', () => {
    given([received(), acknowledged()]).when(acknowledge()).thenNothing();
  });

  it('an operator acknowledging twice is told it was done', () => {
    given([received(), acknowledged()]).when(acknowledge({ actor: operator })).thenThrows('CASE_ALREADY_ACKNOWLEDGED');
  });

  it('a case that does not exist cannot be acknowledged', () => {
    given([]).when(acknowledge()).thenThrows('CASE_NOT_FOUND');
  });
});

describe('Classifying a case', () => {
  const unclassified = () => received({ kind: null, subject: null });

  it('gives a kind and a subject to an unclassified contact', () => {
    given([unclassified()]).when(classify()).then([classified()]);
  });

  it('a civic access request gets the civic access terms', () => {
    given([unclassified()])
      .when(classify({ kind: 'civic_access', subject: 'atti/accesso', terms: { finalReplyDays: 20, takeChargeDays: 5, reminderRepeatDays: 5, dueSoonDays: 3 } }))
      .then([
        classified({
          kind: 'civic_access',
          subject: 'atti/accesso',
          finalReplyTerms: { finalReplyDays: 20, dueSoonDays: 3 },
          finalReplyDueDate: '2026-03-22',
        }),
      ]);
  });

  it('reclassifying records the previous classification', () => {
    given([received()])
      .when(classify({ kind: 'complaint', subject: 'viabilita/manutenzione' }))
      .then([
        {
          type: 'CaseReclassified',
          data: {
            caseId: received().data.caseId,
            kind: 'complaint',
            subject: 'viabilita/manutenzione',
            previousKind: 'report',
            previousSubject: 'viabilita/buche',
            finalReplyTerms: FINAL_REPLY_TERMS,
            finalReplyDueDate: '2026-04-01',
            reclassifiedAt: on('2026-03-02', '10:00'),
          },
        },
      ]);
  });

  it('a new kind with other terms recomputes the due date, keeping the days suspended', () => {
    given([received(), informationRequested(), informationReceived()])
      .when(classify({ kind: 'information_request', subject: 'tributi', terms: { finalReplyDays: 10, takeChargeDays: 10, reminderRepeatDays: 5, dueSoonDays: 2 } }))
      .then([
        {
          type: 'CaseReclassified',
          data: {
            caseId: received().data.caseId,
            kind: 'information_request',
            subject: 'tributi',
            previousKind: 'report',
            previousSubject: 'viabilita/buche',
            finalReplyTerms: { finalReplyDays: 10, dueSoonDays: 2 },
            finalReplyDueDate: '2026-03-16', // 2 March + 10 days + 4 days suspended
            reclassifiedAt: on('2026-03-02', '10:00'),
          },
        },
      ]);
  });

  it('after a reopening the due date counts from the reopening', () => {
    given([received(), routed(), closed({ outcome: 'withdrawn' }), reopened({ previousOutcome: 'withdrawn' })])
      .when(classify({ kind: 'complaint', subject: null, at: on('2026-03-26') }))
      .then([
        {
          type: 'CaseReclassified',
          data: {
            caseId: received().data.caseId,
            kind: 'complaint',
            subject: null,
            previousKind: 'report',
            previousSubject: 'viabilita/buche',
            finalReplyTerms: FINAL_REPLY_TERMS,
            finalReplyDueDate: '2026-04-24',
            reclassifiedAt: on('2026-03-26'),
          },
        },
      ]);
  });

  it('an extended due date stays: the citizen was told it', () => {
    given([received(), extended()])
      .when(classify({ kind: 'complaint', terms: { finalReplyDays: 10, takeChargeDays: 10, reminderRepeatDays: 5, dueSoonDays: 2 } }))
      .then([
        {
          type: 'CaseReclassified',
          data: {
            caseId: received().data.caseId,
            kind: 'complaint',
            subject: 'viabilita/buche',
            previousKind: 'report',
            previousSubject: 'viabilita/buche',
            finalReplyTerms: { finalReplyDays: 10, dueSoonDays: 2 },
            finalReplyDueDate: '2026-04-30',
            reclassifiedAt: on('2026-03-02', '10:00'),
          },
        },
      ]);
  });

  it('unless the new kind gives the citizen even more time than the extension', () => {
    given([received({ finalReplyTerms: { finalReplyDays: 10, dueSoonDays: 2 }, finalReplyDueDate: '2026-03-12' }), extended({ previousDueDate: '2026-03-12', newDueDate: '2026-03-20' })])
      .when(classify({ kind: 'complaint' }))
      .then([
        {
          type: 'CaseReclassified',
          data: {
            caseId: received().data.caseId,
            kind: 'complaint',
            subject: 'viabilita/buche',
            previousKind: 'report',
            previousSubject: 'viabilita/buche',
            finalReplyTerms: FINAL_REPLY_TERMS,
            finalReplyDueDate: '2026-04-01',
            reclassifiedAt: on('2026-03-02', '10:00'),
          },
        },
      ]);
  });

  it('refuses a classification that changes nothing', () => {
    given([received()]).when(classify()).thenThrows('CASE_CLASSIFICATION_UNCHANGED');
  });

  it('cannot make an anonymous contact a complaint', () => {
    given([received({ kind: null, citizen: {}, identified: false })])
      .when(classify({ kind: 'complaint' }))
      .thenThrows('CASE_ANONYMOUS_NOT_ALLOWED');
  });

  it('cannot turn a question asked on Instagram into a report', () => {
    given([received({ channel: 'instagram', kind: 'information_request' })])
      .when(classify({ kind: 'report' }))
      .thenThrows('CASE_SOCIAL_CHANNEL_NOT_ACCEPTED');
  });

  it('only operators classify', () => {
    given([received()]).when(classify({ actor: citizen, kind: 'complaint' })).thenThrows('ROLE_NOT_ALLOWED');
  });
});
