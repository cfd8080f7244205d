import type { CharterEvent } from '../../../contracts';
import { caseTermsAt, DEFAULT_OFFICE_SETTINGS } from '../case-terms-lookup';
import { standardsFromEvents, standardsInForce, standardsInForceDuring } from '../standards-in-force';
import { adopted, retired, revised, surveyAdopted } from './charter-fixtures';

const charter = (...events: CharterEvent[]) => standardsFromEvents(events);

describe('Standards in force on a date', () => {
  const history = charter(adopted(), revised(), retired(), surveyAdopted());

  it('none before adoption', () => {
    expect(standardsInForce(history, '2024-12-31')).toEqual([]);
  });

  it('the first version from its first day', () => {
    expect(standardsInForce(history, '2025-01-01').map((s) => [s.code, s.target])).toEqual([
      ['URP-03', { kind: 'max_days', days: 30 }],
      ['URP-09', { kind: 'min_share', percent: 80 }],
    ]);
  });

  it('the first version until the day before the revision', () => {
    const [finalReply] = standardsInForce(history, '2026-06-30');
    expect(finalReply).toMatchObject({ target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', effectiveUntil: '2026-06-30' });
  });

  it('the revised version from its date', () => {
    const [finalReply] = standardsInForce(history, '2026-07-01');
    expect(finalReply).toMatchObject({
      indicator: 'Risposta definitiva entro 20 giorni dal ricevimento',
      target: { kind: 'max_days', days: 20 },
      effectiveFrom: '2026-07-01',
      effectiveUntil: '2026-12-31',
    });
  });

  it('nothing of a retired standard from its retirement', () => {
    expect(standardsInForce(history, '2027-01-01').map((s) => s.code)).toEqual(['URP-09']);
  });

  it('an open-ended version has no end', () => {
    expect(standardsInForce(history, '2030-01-01')[0]).toMatchObject({ code: 'URP-09', effectiveUntil: null });
  });

  it('folds the events of many standards, in any interleaving', () => {
    const interleaved = charter(surveyAdopted(), adopted(), revised());
    expect(interleaved.map((s) => [s.standardId, s.versions.length])).toEqual([
      ['std-survey', 1],
      ['std-final-reply', 2],
    ]);
  });
});

describe('Standards in force during a year (for the yearly report)', () => {
  const history = charter(adopted(), revised(), retired(), surveyAdopted());

  it('a year with a revision shows both versions with their days', () => {
    const [finalReply] = standardsInForceDuring(history, 2026);
    expect(finalReply).toEqual({
      standardId: 'std-final-reply',
      code: 'URP-03',
      service: 'Gestione segnalazioni, reclami e suggerimenti',
      measure: 'final_reply_days',
      appliesTo: null,
      versions: [
        {
          indicator: 'Risposta definitiva entro 30 giorni dal ricevimento',
          target: { kind: 'max_days', days: 30 },
          effectiveFrom: '2025-01-01',
          from: '2026-01-01',
          until: '2026-06-30',
        },
        {
          indicator: 'Risposta definitiva entro 20 giorni dal ricevimento',
          target: { kind: 'max_days', days: 20 },
          effectiveFrom: '2026-07-01',
          from: '2026-07-01',
          until: '2026-12-31',
        },
      ],
    });
  });

  it('a year entirely under one version', () => {
    const [finalReply] = standardsInForceDuring(history, 2025);
    expect(finalReply!.versions).toEqual([
      expect.objectContaining({ from: '2025-01-01', until: '2025-12-31', target: { kind: 'max_days', days: 30 } }),
    ]);
  });

  it('a standard retired at the end of a year is not in the next', () => {
    expect(standardsInForceDuring(history, 2027).map((s) => s.code)).toEqual(['URP-09']);
  });

  it('a standard in force for a single day of the year counts', () => {
    const oneDay = charter(adopted(), retired({ effectiveFrom: '2025-01-02' }));
    expect(standardsInForceDuring(oneDay, 2025)[0]!.versions).toEqual([
      expect.objectContaining({ from: '2025-01-01', until: '2025-01-01' }),
    ]);
  });

  it('a standard adopted during the year counts from its first day', () => {
    const lateAdoption = charter(adopted({ effectiveFrom: '2026-09-15' }));
    expect(standardsInForceDuring(lateAdoption, 2026)[0]!.versions).toEqual([
      expect.objectContaining({ from: '2026-09-15', until: '2026-12-31' }),
    ]);
    expect(standardsInForceDuring(lateAdoption, 2025)).toEqual([]);
  });
});

describe('Case terms from the charter', () => {
  it('with no charter, the defaults of the law and the sources: 30 days, 10 to take charge', () => {
    expect(caseTermsAt([], '2026-03-02', 'report')).toEqual({
      finalReplyDays: 30,
      takeChargeDays: 10,
      reminderRepeatDays: DEFAULT_OFFICE_SETTINGS.reminderRepeatDays,
      dueSoonDays: DEFAULT_OFFICE_SETTINGS.dueSoonDays,
    });
  });

  it('the standard in force on the date', () => {
    const history = charter(adopted(), revised());
    expect(caseTermsAt(history, '2026-06-30', 'report').finalReplyDays).toBe(30);
    expect(caseTermsAt(history, '2026-07-01', 'report').finalReplyDays).toBe(20);
  });

  it('back to the default once the standard is retired', () => {
    const history = charter(adopted({ target: { kind: 'max_days', days: 15 } }), retired());
    expect(caseTermsAt(history, '2026-12-31', 'report').finalReplyDays).toBe(15);
    expect(caseTermsAt(history, '2027-01-01', 'report').finalReplyDays).toBe(30);
  });

  it('a standard for the kind wins over a general one', () => {
    const history = charter(
      adopted({ target: { kind: 'max_days', days: 20 } }),
      adopted({ standardId: 'std-info', appliesTo: ['information_request'], target: { kind: 'max_days', days: 25 } }),
    );
    expect(caseTermsAt(history, '2026-03-02', 'information_request').finalReplyDays).toBe(25);
    expect(caseTermsAt(history, '2026-03-02', 'complaint').finalReplyDays).toBe(20);
  });

  it('among equals the strictest promise applies', () => {
    const history = charter(
      adopted({ target: { kind: 'max_days', days: 20 } }),
      adopted({ standardId: 'std-other', target: { kind: 'max_days', days: 15 } }),
    );
    expect(caseTermsAt(history, '2026-03-02', 'report').finalReplyDays).toBe(15);
  });

  it('an unclassified contact gets only the general standards', () => {
    const history = charter(adopted({ appliesTo: ['information_request'], target: { kind: 'max_days', days: 5 } }));
    expect(caseTermsAt(history, '2026-03-02', null).finalReplyDays).toBe(30);
  });

  it('"immediate" means due the same day', () => {
    const history = charter(adopted({ appliesTo: ['information_request'], target: { kind: 'immediate' } }));
    expect(caseTermsAt(history, '2026-03-02', 'information_request').finalReplyDays).toBe(0);
  });

  it('the take-charge standard sets the days before the reminder', () => {
    const history = charter(adopted({ standardId: 'std-take', measure: 'take_charge_days', target: { kind: 'max_days', days: 5 } }));
    expect(caseTermsAt(history, '2026-03-02', 'report').takeChargeDays).toBe(5);
  });

  it('civic access: 30 days by law, a standard may promise less but never more', () => {
    expect(caseTermsAt([], '2026-03-02', 'civic_access').finalReplyDays).toBe(30);
    const generous = charter(adopted({ target: { kind: 'max_days', days: 45 } }));
    expect(caseTermsAt(generous, '2026-03-02', 'civic_access').finalReplyDays).toBe(30);
    expect(caseTermsAt(generous, '2026-03-02', 'report').finalReplyDays).toBe(45);
    const strict = charter(adopted({ appliesTo: ['civic_access'], target: { kind: 'max_days', days: 20 } }));
    expect(caseTermsAt(strict, '2026-03-02', 'civic_access').finalReplyDays).toBe(20);
  });

  it('survey standards do not set any case term', () => {
    expect(caseTermsAt(charter(surveyAdopted()), '2026-03-02', 'report').finalReplyDays).toBe(30);
  });

  it('the office sets the reminder cadence and the due-soon window', () => {
    expect(caseTermsAt([], '2026-03-02', 'report', { reminderRepeatDays: 3, dueSoonDays: 7 })).toMatchObject({
      reminderRepeatDays: 3,
      dueSoonDays: 7,
    });
  });
});
