/** Folding case events into the timers' states: idempotent, and blind to what is not a case event. */
import type { CaseEvent } from '../../src/contracts';
import { foldCaseEvents } from '../../src/deadlines/timers/fold-case-events';
import type { FoldedCase } from '../../src/deadlines/timers/timer-rows';
import { caseDecider, stateFrom } from '../../src/domain';
import { CASE_ID, received, routed, takenInCharge } from '../../src/domain/case/__specs__/case-fixtures';
import type { RecordedEvent } from '../../src/event-store/event-store.port';

const recorded = (event: { type: string; data: object }, revision: number, stream = `case-${CASE_ID}`): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
  type: event.type,
  data: event.data,
  metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'op', role: 'operator' }, recordedAt: '2026-03-02T09:00:00.000Z', schemaVersion: 1 },
  streamName: stream,
  revision,
  position: { commit: 1, prepare: revision },
  createdAt: new Date(0),
});

describe('foldCaseEvents', () => {
  const events = [received(), routed(), takenInCharge()].map((event, revision) => recorded(event, revision));

  it('folds each case from its stored state, as the decider would', () => {
    const [folded] = foldCaseEvents(new Map(), events);
    expect(folded).toEqual({ caseId: CASE_ID, revision: 2, state: stateFrom(caseDecider, [received(), routed(), takenInCharge()] as CaseEvent[]) });
  });

  it('skips events already folded, so folding a batch again changes nothing', () => {
    const once = new Map(foldCaseEvents(new Map(), events).map((folded): [string, FoldedCase] => [folded.caseId, folded]));
    expect(foldCaseEvents(once, events)).toEqual([]);
    expect(foldCaseEvents(once, [...events, recorded(takenInCharge(), 3)])[0].revision).toBe(3);
  });

  it('ignores events that are not a case event', () => {
    expect(foldCaseEvents(new Map(), [recorded({ type: 'SomethingElse', data: {} }, 0)])).toEqual([]);
  });
});
