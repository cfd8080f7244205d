/**
 * Thirteen cases across two sectors, with every time chosen by hand so that each figure of
 * the reports can be worked out on paper (the specs do, in their comments). Times are 09:00
 * UTC: 10:00 in Rome, the same Rome date, all through the first quarter.
 *
 * Lavori Pubblici (LP)                                   Tributi (TR)
 *  1 report/email   rec 01-05 taken +2 reply +15 ★5       8 info/email  rec 01-08, TR hands it back,
 *  2 report/web     rec 01-10 taken +2 reply +26 ★4          the URP answers itself +2
 *  3 complaint/phone rec 01-15 routed 01-16, 1 reminder,  9 complaint/pec rec 01-12, 2 reminders,
 *                    taken +12, reply +41 (late) ★2          taken +18, reply +39 (late) ★1
 *  4 report/email   rec 02-02 taken +1, interim reply,   10 report/web  rec 02-01 taken +1 reply +14 ★5
 *                    extended to 03-20, reply +41        11 suggestion/email rec 02-15 routed 02-16,
 *  5 report/counter rec 02-10 routed 02-11 taken +2          taken +2, reply +18 ★4
 *                    reply +10; reopened 03-01, routed   12 report/email rec 03-25, never taken
 *                    03-02, taken +1, reply 03-10 ★3
 *  6 report/email   rec 03-20, 1 reminder, taken 04-02
 *  7 report/email   rec 01-20 taken +1, marked overdue 02-20, never answered
 * 13 report/email   rec 04-05 taken +1 reply +10 ★5 (after the first quarter)
 */
import type { CharterEvent } from '../../../src/contracts';
import { CaseStory } from '../../../projections/sector-performance/testing/case-story';
import { adopted, revised } from '../../../projections/charter-compliance/testing/charter-events';
import type { EventStore } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import { appendCharter, appendSector, appendStory } from './append-events';

export const LP = { id: '6f1f7c1e-0000-4000-8000-0000000000a1', name: 'Lavori Pubblici' };
export const TR = { id: '6f1f7c1e-0000-4000-8000-0000000000b2', name: 'Tributi' };

export const on = (date: string, time = '09:00'): string => `${date}T${time}:00.000Z`;

export function twoSectorStories(): CaseStory[] {
  const lp = LP.id;
  const tr = TR.id;
  return [
    new CaseStory({ caseId: 'case-01', receivedAt: on('2026-01-05') })
      .routed(lp, on('2026-01-05', '10:00'))
      .takenInCharge(lp, on('2026-01-07'))
      .answered(on('2026-01-20'), lp)
      .feedback(5, on('2026-01-21')),
    new CaseStory({ caseId: 'case-02', receivedAt: on('2026-01-10'), channel: 'web' })
      .routed(lp, on('2026-01-10', '10:00'))
      .takenInCharge(lp, on('2026-01-12'))
      .answered(on('2026-02-05'), lp)
      .feedback(4, on('2026-02-06')),
    new CaseStory({ caseId: 'case-03', receivedAt: on('2026-01-15'), kind: 'complaint', channel: 'phone' })
      .routed(lp, on('2026-01-16'))
      .reminder(lp, 1, on('2026-01-27'))
      .takenInCharge(lp, on('2026-01-28'))
      .answered(on('2026-02-25'), lp)
      .feedback(2, on('2026-02-26')),
    new CaseStory({ caseId: 'case-04', receivedAt: on('2026-02-02') })
      .routed(lp, on('2026-02-02', '10:00'))
      .takenInCharge(lp, on('2026-02-03'))
      .interimReply(on('2026-02-20'), lp)
      .extended('2026-03-20', on('2026-02-27'))
      .answered(on('2026-03-15'), lp),
    new CaseStory({ caseId: 'case-05', receivedAt: on('2026-02-10'), channel: 'counter' })
      .routed(lp, on('2026-02-11'))
      .takenInCharge(lp, on('2026-02-13'))
      .answered(on('2026-02-20'), lp)
      .reopened(on('2026-03-01'))
      .routed(lp, on('2026-03-02'))
      .takenInCharge(lp, on('2026-03-03'))
      .answered(on('2026-03-10'), lp)
      .feedback(3, on('2026-03-11')),
    new CaseStory({ caseId: 'case-06', receivedAt: on('2026-03-20') })
      .routed(lp, on('2026-03-20', '10:00'))
      .reminder(lp, 1, on('2026-03-31'))
      .takenInCharge(lp, on('2026-04-02')),
    new CaseStory({ caseId: 'case-07', receivedAt: on('2026-01-20') })
      .routed(lp, on('2026-01-20', '10:00'))
      .takenInCharge(lp, on('2026-01-21'))
      .overdueMarked(on('2026-02-20', '00:00')),
    new CaseStory({ caseId: 'case-08', receivedAt: on('2026-01-08'), kind: 'information_request' })
      .routed(tr, on('2026-01-08', '10:00'))
      .handedBack(tr, on('2026-01-09'))
      .answered(on('2026-01-10')),
    new CaseStory({ caseId: 'case-09', receivedAt: on('2026-01-12'), kind: 'complaint', channel: 'pec' })
      .routed(tr, on('2026-01-12', '10:00'))
      .reminder(tr, 1, on('2026-01-23'))
      .reminder(tr, 2, on('2026-01-28'))
      .takenInCharge(tr, on('2026-01-30'))
      .answered(on('2026-02-20'), tr)
      .feedback(1, on('2026-02-21')),
    new CaseStory({ caseId: 'case-10', receivedAt: on('2026-02-01'), channel: 'web' })
      .routed(tr, on('2026-02-01', '10:00'))
      .takenInCharge(tr, on('2026-02-02'))
      .answered(on('2026-02-15'), tr)
      .feedback(5, on('2026-02-16')),
    new CaseStory({ caseId: 'case-11', receivedAt: on('2026-02-15'), kind: 'suggestion' })
      .routed(tr, on('2026-02-16'))
      .takenInCharge(tr, on('2026-02-18'))
      .answered(on('2026-03-05'), tr)
      .feedback(4, on('2026-03-06')),
    new CaseStory({ caseId: 'case-12', receivedAt: on('2026-03-25') }).routed(tr, on('2026-03-25', '10:00')),
    new CaseStory({ caseId: 'case-13', receivedAt: on('2026-04-05') })
      .routed(lp, on('2026-04-05', '10:00'))
      .takenInCharge(lp, on('2026-04-06'))
      .answered(on('2026-04-15'), lp)
      .feedback(5, on('2026-04-16')),
  ];
}

/** The charter: URP-02 tightened from 30 to 25 days on 1 March 2026; URP-09 only from 2027. */
export const STANDARD_IDS = {
  urp01: '7a000000-0000-4000-8000-000000000001',
  urp02: '7a000000-0000-4000-8000-000000000002',
  urp03: '7a000000-0000-4000-8000-000000000003',
  urp05: '7a000000-0000-4000-8000-000000000005',
  urp06: '7a000000-0000-4000-8000-000000000006',
  urp09: '7a000000-0000-4000-8000-000000000009',
};

export function charterEvents(): CharterEvent[] {
  return [
    adopted({ standardId: STANDARD_IDS.urp01, code: 'URP-01', service: 'URP risponde', indicator: 'Risposta immediata alle richieste di informazioni', measure: 'final_reply_days', target: { kind: 'immediate' }, effectiveFrom: '2025-01-01', appliesTo: ['information_request'] }),
    adopted({ standardId: STANDARD_IDS.urp02, code: 'URP-02', indicator: 'Risposta definitiva entro 30 giorni dal ricevimento', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', appliesTo: ['report', 'complaint', 'suggestion'] }),
    revised(STANDARD_IDS.urp02, { kind: 'max_days', days: 25 }, '2026-03-01', 'Risposta definitiva entro 25 giorni dal ricevimento'),
    adopted({ standardId: STANDARD_IDS.urp03, code: 'URP-03', service: 'Inoltro al settore competente', indicator: "Presa in carico entro 10 giorni dall'inoltro", measure: 'take_charge_days', target: { kind: 'max_days', days: 10 }, effectiveFrom: '2025-01-01' }),
    adopted({ standardId: STANDARD_IDS.urp05, code: 'URP-05', service: 'Indagini di customer satisfaction', indicator: 'Almeno il 60% dei cittadini risponde al questionario', measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 }, effectiveFrom: '2025-01-01' }),
    adopted({ standardId: STANDARD_IDS.urp06, code: 'URP-06', service: 'Indagini di customer satisfaction', indicator: 'Almeno l’80% di giudizi positivi', measure: 'survey_positive_share', target: { kind: 'min_share', percent: 80 }, effectiveFrom: '2025-01-01' }),
    adopted({ standardId: STANDARD_IDS.urp09, code: 'URP-09', service: 'Accesso civico', indicator: 'Conclusione entro 30 giorni', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2027-01-01', appliesTo: ['civic_access'] }),
  ];
}

/** The whole scenario appended: the two sectors, the charter, every story; the last position. */
export async function appendTwoSectorYear(store: EventStore): Promise<Position> {
  await appendSector(store, LP.id, LP.name);
  await appendSector(store, TR.id, TR.name);
  await appendCharter(store, charterEvents());
  let last: Position | undefined;
  for (const story of twoSectorStories()) last = (await appendStory(store, story)).position;
  return last!;
}
