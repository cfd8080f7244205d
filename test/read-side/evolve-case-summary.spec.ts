/** The read side's fold of a case, without a database. */
import type { CaseEvent } from '../../src/contracts';
import type { CaseSummary } from '../../projections/shared/case-summary';
import { evolveCaseSummary } from '../../projections/shared/evolve-case-summary';
import { CaseScript, on } from './support/case-script';

function fold(events: CaseEvent[]): CaseSummary | undefined {
  return events.reduce<CaseSummary | undefined>((summary, event, revision) => evolveCaseSummary(summary, event, revision), undefined);
}

describe('evolveCaseSummary', () => {
  const c = new CaseScript();

  it('knows nothing of a case before its receipt', () => {
    expect(fold([c.routed('lp'), c.takenInCharge('lp')])).toBeUndefined();
  });

  it("does not count the process manager's marks as activity on the case", () => {
    const summary = fold([c.received(), c.dueSoon('2026-04-01', on('2026-03-27')), c.overdue('2026-04-01', on('2026-04-02'))]);
    expect(summary).toMatchObject({
      revision: 2,
      lastActivityType: 'CaseReceived',
      lastActivityAt: '2026-03-02T09:00:00.000Z',
      dueSoonWarnedFor: '2026-04-01',
      overdueMarkedFor: '2026-04-01',
    });
  });

  it('restores the status a merge interrupted, once, whatever repeats', () => {
    const merged = fold([c.received(), c.routed('lp'), c.merged('other'), c.merged('another')]);
    expect(merged).toMatchObject({ status: 'merged', statusBeforeMerge: 'routed', mergedIntoCaseId: 'other' });
    expect(evolveCaseSummary(merged, c.unmerged('other'), 4)).toMatchObject({ status: 'routed', statusBeforeMerge: null, mergedIntoCaseId: null });
  });

  it('starts a new clock with the URP at reopening', () => {
    const reopened = fold([
      c.received(),
      c.routed('lp'),
      c.reminder('lp', 1),
      c.interimReply('Presto'),
      c.dueSoon('2026-04-01'),
      c.closed('answered'),
      c.reopened('Chiusa male', '2026-04-24'),
    ]);
    expect(reopened).toMatchObject({
      status: 'received',
      sectorId: null,
      takeChargeDueDate: null,
      remindersSent: 0,
      interimReplies: 0,
      dueSoonWarnedFor: null,
      outcome: null,
      closedAt: null,
      finalReplyDueDate: '2026-04-24',
    });
  });

  it('counts reminders per routing, as the events number them', () => {
    expect(fold([c.received(), c.routed('tributi'), c.reminder('tributi', 1), c.reminder('tributi', 2)])?.remindersSent).toBe(2);
    expect(fold([c.received(), c.routed('tributi'), c.reminder('tributi', 1), c.routed('lp', on('2026-03-15'), '2026-03-25', 'tributi')])?.remindersSent).toBe(0);
  });
});
