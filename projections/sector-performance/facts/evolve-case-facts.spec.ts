import type { CaseEvent } from '../../../src/read-side';
import { CaseStory } from '../testing/case-story';
import { at } from '../testing/fact-fixtures';
import type { CaseFacts } from './case-facts';
import { evolveCaseFacts } from './evolve-case-facts';

/** Folds the events, naming each event after its index: `e0`, `e1`, ... */
function fold(events: readonly CaseEvent[]): CaseFacts | undefined {
  return events.reduce<CaseFacts | undefined>((facts, event, index) => evolveCaseFacts(facts, event, `e${index}`), undefined);
}

describe('case facts', () => {
  it('a receipt opens the first clock with the terms and due date it came with', () => {
    const facts = fold(new CaseStory({ receivedAt: at('2026-03-02'), kind: null, channel: 'pec' }).events)!;
    expect(facts.case).toMatchObject({ kind: null, channel: 'pec', receivedAt: at('2026-03-02'), receivedEventId: 'e0', mergedAt: null });
    expect(facts.routings).toEqual([]);
    expect(facts.clocks).toEqual([
      expect.objectContaining({ clockNo: 0, startedBy: 'received', startedEventId: 'e0', sectorId: null, finalReplyDays: 30, dueDate: '2026-04-01' }),
    ]);
  });

  it('follows routings, hand-backs, reminders and the take-charge, each with the event that set it', () => {
    const story = new CaseStory({ receivedAt: at('2026-03-02') })
      .routed('polizia', at('2026-03-03')) // e1
      .handedBack('polizia', at('2026-03-05')) // e2
      .routed('lavori', at('2026-03-06')) // e3
      .reminder('lavori', 1, at('2026-03-17')) // e4
      .reminder('lavori', 2, at('2026-03-22')) // e5
      .takenInCharge('lavori', at('2026-03-24')); // e6
    const facts = fold(story.events)!;
    expect(facts.routings).toEqual([
      expect.objectContaining({ routingNo: 0, sectorId: 'polizia', routedEventId: 'e1', handedBackAt: at('2026-03-05'), handedBackEventId: 'e2', endedBy: 'handed_back', takenInChargeAt: null }),
      expect.objectContaining({
        routingNo: 1,
        sectorId: 'lavori',
        routedEventId: 'e3',
        reminderEventIds: ['e4', 'e5'],
        takenInChargeAt: at('2026-03-24'),
        takenInChargeEventId: 'e6',
        endedBy: 'taken_in_charge',
        takeChargeDays: 10,
      }),
    ]);
    expect(facts.clocks[0].sectorId).toBe('lavori');
  });

  it('a case redirected before take-charge ends the first routing as redirected; handed back, no sector answers for the clock', () => {
    const redirected = fold(new CaseStory({ receivedAt: at('2026-03-02') }).routed('a', at('2026-03-03')).routed('b', at('2026-03-04'), 10, 'a').events)!;
    expect(redirected.routings.map((r) => [r.sectorId, r.endedBy])).toEqual([
      ['a', 'redirected'],
      ['b', null],
    ]);
    const handedBack = fold(new CaseStory({ receivedAt: at('2026-03-02') }).routed('a', at('2026-03-03')).handedBack('a', at('2026-03-04')).events)!;
    expect(handedBack.clocks[0].sectorId).toBeNull();
  });

  it('keeps the clock’s interim replies, extensions, suspensions, overdue mark, reply, closure and survey answer', () => {
    const story = new CaseStory({ receivedAt: at('2026-03-02') })
      .routed('lavori', at('2026-03-03')) // e1
      .takenInCharge('lavori', at('2026-03-04')) // e2
      .interimReply(at('2026-03-10')) // e3
      .informationRequested(at('2026-03-11')) // e4
      .informationReceived(at('2026-03-15'), 4) // e5: due 04-05
      .overdueMarked(at('2026-04-06')) // e6
      .extended('2026-04-30', at('2026-04-07')) // e7
      .answered(at('2026-04-20'), 'lavori') // e8, e9
      .feedback(4, at('2026-04-21')); // e10
    const [clock] = fold(story.events)!.clocks;
    expect(clock).toMatchObject({
      interimReplyEventIds: ['e3'],
      suspendedDays: 4,
      suspendedSince: null,
      overdueMarkedAt: at('2026-04-06'),
      overdueEventId: 'e6',
      extensionEventIds: ['e7'],
      dueDate: '2026-04-30',
      finalReplyAt: at('2026-04-20'),
      finalReplyEventId: 'e8',
      finalReplyWithinDueDate: true,
      closedEventId: 'e9',
      outcome: 'answered',
      feedbackScore: 4,
      feedbackEventId: 'e10',
    });
  });

  it('a reopening ends the clock and starts another with the URP, with its own reply and survey answer', () => {
    const story = new CaseStory({ receivedAt: at('2026-03-02') })
      .routed('lavori', at('2026-03-03')) // e1
      .answered(at('2026-03-10'), 'lavori') // e2, e3
      .feedback(2, at('2026-03-11')) // e4
      .reopened(at('2026-03-12')) // e5
      .answered(at('2026-03-14')) // e6, e7
      .feedback(5, at('2026-03-15')); // e8
    const facts = fold(story.events)!;
    expect(facts.clocks).toEqual([
      expect.objectContaining({ clockNo: 0, sectorId: 'lavori', reopenedAt: at('2026-03-12'), reopenedEventId: 'e5', feedbackScore: 2 }),
      expect.objectContaining({
        clockNo: 1,
        startedBy: 'reopened',
        startedEventId: 'e5',
        sectorId: null,
        dueDate: '2026-04-11',
        finalReplyEventId: 'e6',
        closedEventId: 'e7',
        reopenedAt: null,
        feedbackScore: 5,
        feedbackEventId: 'e8',
      }),
    ]);
  });

  it('a merge and an unmerge set and clear the merge on the case', () => {
    const story = new CaseStory({ receivedAt: at('2026-03-02') });
    const merged = fold(story.merged('other', at('2026-03-03')).events)!;
    expect(merged.case).toMatchObject({ mergedAt: at('2026-03-03'), mergedEventId: 'e1' });
    expect(fold(story.unmerged('other', at('2026-03-04')).events)!.case.mergedAt).toBeNull();
  });

  it('a classification sets the kind and the clock’s terms', () => {
    const facts = fold(new CaseStory({ receivedAt: at('2026-03-02'), kind: null }).classified('complaint', at('2026-03-02', '10:00')).events)!;
    expect(facts.case.kind).toBe('complaint');
  });

  it('events before the receipt leave nothing', () => {
    const [, ...withoutReceipt] = new CaseStory({ receivedAt: at('2026-03-02') }).routed('a', at('2026-03-03')).events;
    expect(fold(withoutReceipt)).toBeUndefined();
  });
});
