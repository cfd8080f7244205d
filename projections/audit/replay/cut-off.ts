/**
 * Which events a report "as of" an instant knows of: those the system of record had
 * recorded by then, by metadata.recordedAt (the application's injected clock at the
 * append). Not createdAt: that is the store's clock, differs between adapters and, when a
 * log is imported or migrated, says when it was copied, not when the office knew the fact.
 * Not the business time in the data: a reply registered on 2 July for 29 June was not in
 * a report printed on 30 June. The figures are then computed as of the same instant, so a
 * step recorded in time but dated later is not counted either.
 */
import type { Instant, RecordedEvent } from '../../../src/read-side';

export function recordedBy(event: RecordedEvent, asOf: Instant): boolean {
  return Date.parse(event.metadata.recordedAt) <= Date.parse(asOf);
}
