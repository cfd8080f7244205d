/**
 * Two whole lives of a case played through decide and evolve, the way infrastructure
 * will: between them they produce every case event type. They also check the personal
 * data contract: what a citizen wrote or what identifies them appears only in the fields
 * infrastructure encrypts, and every such event names the citizen whose key to use.
 */
import { CASE_EVENT_TYPES, PERSONAL_DATA_FIELDS, type CaseEvent } from '../../../contracts';
import { stateFrom } from '../../shared/decider';
import type { CaseCommand } from '../case-commands';
import { caseDecider } from '../case-decider';
import { finalReplyDueDate, finalReplySlaAt } from '../case-deadlines';
import type { CaseState } from '../case-state';
import * as f from './case-fixtures';

function live(commands: CaseCommand[]): { events: CaseEvent[]; state: CaseState } {
  const events: CaseEvent[] = [];
  for (const command of commands) events.push(...caseDecider.decide(command, stateFrom(caseDecider, events)));
  return { events, state: stateFrom(caseDecider, events) };
}

const firstLife = (): CaseCommand[] => [
  f.receive({
    kind: null,
    subject: null,
    title: 'Buca di Mario Rossi',
    point: { lat: 43.6158, lon: 13.5189 },
    attachments: [{ sha256: 'a'.repeat(64), mediaType: 'image/jpeg', bytes: 182_044, name: 'buca-via-roma.jpg' }],
    at: f.on('2026-03-02'),
  }),
  f.acknowledge({ at: f.on('2026-03-02', '09:01') }),
  f.classify({ kind: 'report', subject: 'viabilita/buche', at: f.on('2026-03-02', '10:00') }),
  f.merge({ at: f.on('2026-03-02', '11:00') }),
  f.unmerge({ at: f.on('2026-03-02', '12:00') }),
  f.route({ sectorId: f.OTHER_SECTOR, at: f.on('2026-03-03') }),
  f.remind({ at: f.on('2026-03-14') }),
  f.handBack({ actor: f.otherReferent, at: f.on('2026-03-15') }),
  f.route({ at: f.on('2026-03-16') }),
  f.takeInCharge({ at: f.on('2026-03-17') }),
  f.requestInformation({ actor: f.referent, at: f.on('2026-03-18') }),
  f.recordInformation({ at: f.on('2026-03-21') }), // 3 days: due 4 April
  f.sendInterimReply({ actor: f.referent, at: f.on('2026-03-23') }),
  f.warnDueSoon({ at: f.on('2026-03-30') }),
  f.markOverdue({ at: f.on('2026-04-05') }),
  f.extend({ newDueDate: '2026-04-20', at: f.on('2026-04-05', '10:00') }),
  f.draftFinalReply({ at: f.on('2026-04-15') }),
  f.sendFinalReply({ at: f.on('2026-04-16') }),
  f.giveFeedback({ score: 2, comment: 'Risposta tardiva, Mario Rossi', at: f.on('2026-04-17') }),
  f.reopen({ at: f.on('2026-04-18') }),
  f.directElsewhere({ at: f.on('2026-04-19') }),
];

const secondLife = (): CaseCommand[] => [
  f.receive({ kind: 'information_request', subject: 'lavori/cantieri', title: 'Cantiere di via Roma 12', at: f.on('2026-05-04') }),
  f.classify({ kind: 'appreciation', subject: 'lavori/cantieri', at: f.on('2026-05-04', '10:00') }),
  // Another case about the same thing is merged into this one, then separated again.
  f.attachDuplicate({ at: f.on('2026-05-04', '11:00') }),
  f.detachDuplicate({ at: f.on('2026-05-04', '12:00') }),
  f.close({ outcome: 'no_reply_needed', at: f.on('2026-05-05') }),
];

describe('The life of a case', () => {
  it('goes from an unclassified e-mail to a reply, a reopening and a redirection', () => {
    const { events, state } = live(firstLife());
    expect(events.map((e) => e.type)).toEqual([
      'CaseReceived',
      'CaseAcknowledged',
      'CaseClassified',
      'CaseMerged',
      'CaseUnmerged',
      'CaseRouted',
      'TakeChargeReminderSent',
      'CaseHandedBack',
      'CaseRouted',
      'CaseTakenInCharge',
      'CitizenInformationRequested',
      'CitizenInformationReceived',
      'InterimReplySent',
      'FinalReplyDueSoon',
      'FinalReplyOverdue',
      'FinalReplyDeadlineExtended',
      'FinalReplyDrafted',
      'FinalReplySent',
      'CaseClosed',
      'SatisfactionFeedbackGiven',
      'CaseReopened',
      'CaseDirectedElsewhere',
      'CaseClosed',
    ]);
    expect(events.find((e) => e.type === 'FinalReplySent')?.data).toMatchObject({ finalReplyDueDate: '2026-04-20', withinDueDate: true });
    expect(state).toMatchObject({ status: 'closed', closure: { outcome: 'directed_elsewhere' } });
  });

  it('shows its due date and SLA along the way', () => {
    const upTo = (count: number) => live(firstLife().slice(0, count)).state;
    expect(finalReplyDueDate(upTo(1))).toBe('2026-04-01');
    expect(finalReplySlaAt(upTo(11), f.on('2026-05-01'))).toBe('suspended');
    expect(finalReplyDueDate(upTo(12))).toBe('2026-04-04');
    expect(finalReplySlaAt(upTo(12), f.on('2026-03-30'))).toBe('due_soon');
    expect(finalReplySlaAt(upTo(15), f.on('2026-04-05'))).toBe('overdue');
    expect(finalReplySlaAt(upTo(16), f.on('2026-04-05'))).toBe('on_time');
  });

  it('between two lives, every case event type occurs', () => {
    const types = new Set([...live(firstLife()).events, ...live(secondLife()).events].map((e) => e.type));
    expect([...types].sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });
});

describe('Personal data in case events', () => {
  const events = [...live(firstLife()).events, ...live(secondLife()).events];
  const citizenWords = [
    'Mario Rossi',
    'mario.rossi@example.it',
    '+39 071 000000',
    'Una buca profonda',
    'Via Roma 12',
    'numero civico esatto',
    'lato mare',
    'Il settore sta verificando',
    'riparata il 20 marzo',
    'si rivolga alla Provincia',
    'Risposta tardiva',
    'programmare la riparazione',
  ];

  it.each(CASE_EVENT_TYPES)('%s keeps personal data only in its encrypted fields', (type) => {
    for (const event of events.filter((e) => e.type === type)) {
      const personal = PERSONAL_DATA_FIELDS[type] as readonly string[];
      const rest = Object.fromEntries(Object.entries(event.data).filter(([field]) => !personal.includes(field)));
      for (const words of citizenWords) expect(JSON.stringify(rest)).not.toContain(words);
      if (personal.length > 0) expect(event.data).toHaveProperty('citizenId', f.CITIZEN_ID);
    }
    // Optional fields (the map point, the attachments) need only occur in one of the lives.
    const present = new Set(events.filter((e) => e.type === type).flatMap((e) => Object.keys(e.data)));
    for (const field of PERSONAL_DATA_FIELDS[type] as readonly string[]) expect([...present]).toContain(field);
  });
});
