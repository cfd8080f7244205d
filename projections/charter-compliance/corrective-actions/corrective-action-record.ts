/** A corrective action as the report prints it, with who recorded it and the event that did. */
import { type CorrectiveActionRecorded, type Instant, type RomeDate, type RecordedEvent, normalizeInstant } from '../../../src/read-side';

export interface CorrectiveActionRecord {
  actionId: string;
  year: number;
  standardId: string | null;
  sectorId: string | null;
  anomaly: string;
  action: string;
  owner: string;
  dueDate: RomeDate | null;
  recordedAt: Instant;
  /** The user who recorded it (from the event's metadata). */
  recordedBy: string;
  eventId: string;
}

export function correctiveActionRecord(recorded: RecordedEvent): CorrectiveActionRecord | null {
  if (recorded.type !== 'CorrectiveActionRecorded') return null;
  const data = recorded.data as CorrectiveActionRecorded['data'];
  return {
    actionId: data.actionId,
    year: data.year,
    standardId: data.standardId,
    sectorId: data.sectorId,
    anomaly: data.anomaly,
    action: data.action,
    owner: data.owner,
    dueDate: data.dueDate,
    recordedAt: normalizeInstant(data.recordedAt),
    recordedBy: recorded.metadata.actor.id,
    eventId: recorded.id,
  };
}
