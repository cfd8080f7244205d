/** A full replay of the log into fresh in-memory facts, keeping the events a predicate admits. */
import type { EventStore, RecordedEvent } from '../../../src/read-side';
import { reportEvents } from './read-log';
import { applyToReportState, emptyReportState, ReportState } from './report-state';

export interface Replay {
  state: ReportState;
  /** How many events were folded. */
  eventsReplayed: number;
}

export async function replayLog(store: EventStore, keep: (event: RecordedEvent) => boolean): Promise<Replay> {
  const state = emptyReportState();
  let eventsReplayed = 0;
  for await (const event of reportEvents(store)) {
    if (!keep(event)) continue;
    applyToReportState(state, event);
    eventsReplayed++;
  }
  return { state, eventsReplayed };
}
