/**
 * The events behind a figure's contributions, read from each case's own stream (not from
 * the projection tables): the stored fact names the event, the log says who did what when.
 */
import { caseStream, type EventStore, type RecordedEvent, positionToString } from '../../../src/read-side';
import type { Contribution, FigureSelection } from '../figures/contribution';

export interface AuditedEvent {
  eventId: string;
  type: string;
  stream: string;
  revision: number;
  /** The global position, "<commit>/<prepare>". */
  position: string;
  /** When the store persisted it. */
  createdAt: string;
  /** When the application recorded it (its clock). */
  recordedAt: string;
  actor: { id: string; role: string };
}

export interface AuditedContribution extends Omit<Contribution, 'eventIds'> {
  events: AuditedEvent[];
}

export interface FigureDrillDown extends Omit<FigureSelection, 'contributions'> {
  contributions: AuditedContribution[];
}

export async function withEvents(store: EventStore, selection: FigureSelection): Promise<FigureDrillDown> {
  const streams = new Map<string, RecordedEvent[]>();
  const contributions: AuditedContribution[] = [];
  // One case at a time: streams are short, and a figure's cases are a report's sample.
  for (const { eventIds, ...rest } of selection.contributions) {
    if (!streams.has(rest.caseId)) streams.set(rest.caseId, await store.readStream(caseStream(rest.caseId)));
    const byId = new Map(streams.get(rest.caseId)!.map((event) => [event.id, event]));
    contributions.push({ ...rest, events: eventIds.map((id) => auditedEvent(byId.get(id), id, rest.caseId)) });
  }
  return { ...selection, contributions };
}

function auditedEvent(event: RecordedEvent | undefined, eventId: string, caseId: string): AuditedEvent {
  // A fact naming an event its case's stream lacks means the tables and the log disagree.
  if (!event) throw new Error(`Event ${eventId} named by the facts of case ${caseId} is not in ${caseStream(caseId)}`);
  return {
    eventId: event.id,
    type: event.type,
    stream: event.streamName,
    revision: event.revision,
    position: positionToString(event.position),
    createdAt: event.createdAt.toISOString(),
    recordedAt: event.metadata.recordedAt,
    actor: { id: event.metadata.actor.id, role: event.metadata.actor.role },
  };
}
