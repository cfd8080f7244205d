/**
 * The case file: per case, where it stands and one entry per event. Titles are written when
 * the event is applied, with the sector names of that moment ("Assegnata al settore …" keeps
 * the name the sector had then); the summary shows the sector's current name.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_EVENT_TYPES, type CaseEvent, type Channel, type RecordedEvent } from '../../src/read-side';
import { acknowledgedByEmail } from '../outbox/message-rules';
import type { Projection, ProjectionContext } from '../runner/projection';
import { loadSummaries, saveSummaries } from '../shared/case-summary-columns';
import { caseEventsOf, StoredCaseEvent } from '../shared/fold-case-events';
import { loadSectorNames, saveSectorNames, SECTOR_NAME_EVENT_TYPES } from '../shared/sector-names';
import { foldTimeline } from './fold-timeline';
import { amendDeliveryTitles, DELIVERY_EVENT_TYPES } from './message-delivery-titles';
import { insertEntries } from './timeline-entry';
import { createTimelineTables, TIMELINE_CASES, TIMELINE_ENTRIES, TIMELINE_SECTORS, TIMELINE_USERS, timelineTables } from './timeline-tables';
import { saveUsers, USER_NAME_EVENT_TYPES, usersIn } from './timeline-users';

@Injectable()
export class CaseTimelineProjection implements Projection {
  readonly name = 'case_timeline';
  // 2: titles say "inviata" only after delivery; entries keep the message's wording.
  // 3: hand-back, extension and reopening reasons are sealed, shown as the entry's text, never in the title.
  readonly version = 3;
  readonly handles: readonly string[] = [...CASE_EVENT_TYPES, ...SECTOR_NAME_EVENT_TYPES, ...USER_NAME_EVENT_TYPES, ...DELIVERY_EVENT_TYPES];
  readonly tables: readonly string[] = [TIMELINE_CASES, TIMELINE_ENTRIES, TIMELINE_SECTORS, TIMELINE_USERS];

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createTimelineTables(em, timelineTables(table));
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = timelineTables(ctx.table);
    const caseEvents = caseEventsOf(events);
    const changes = foldTimeline(events, {
      summaries: await loadSummaries(ctx.em, tables.cases, casesNamedBy(caseEvents)),
      sectorNames: await loadSectorNames(ctx.em, tables.sectors, sectorsNamedBy(caseEvents)),
      casesWithEmail: await loadCasesWithEmail(ctx.em, tables.entries, [...new Set(caseEvents.map((e) => e.caseId))]),
    });
    await saveSummaries(ctx.em, tables.cases, changes.summaries);
    await insertEntries(ctx.em, tables.entries, changes.entries);
    await saveSectorNames(ctx.em, tables.sectors, changes.sectorNames);
    await saveUsers(ctx.em, tables.users, usersIn(events));
    await amendDeliveryTitles(ctx.em, tables.entries, events);
  }
}

/** Of these cases, those whose last acknowledgement went by e-mail (the outbox's rule for a citizen's address). */
async function loadCasesWithEmail(em: EntityManager, entriesTable: string, caseIds: string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  // One backwards walk of the key per case: a plan that cannot turn into a scan of the whole
  // table (with `case_id = ANY(...)` a rebuild's never-analysed table was scanned in full on
  // every batch, so the rebuild's cost grew with the square of the log).
  const rows: { case_id: string; channel: string | null }[] = await em.query(
    `SELECT wanted.case_id,
            (SELECT channel FROM ${entriesTable} entry
              WHERE entry.case_id = wanted.case_id AND entry.event_type = 'CaseAcknowledged'
              ORDER BY entry.revision DESC LIMIT 1) AS channel
     FROM unnest($1::text[]) AS wanted(case_id)`,
    [caseIds],
  );
  return new Set(rows.filter((row) => row.channel !== null && acknowledgedByEmail(row.channel as Channel)).map((row) => row.case_id));
}

/** The batch's cases, and the cases they merge with (whose reference a title quotes). */
function casesNamedBy(events: readonly StoredCaseEvent[]): string[] {
  const ids = new Set<string>();
  for (const { caseId, event } of events) {
    ids.add(caseId);
    const partner = mergePartner(event);
    if (partner) ids.add(partner);
  }
  return [...ids];
}

function mergePartner(event: CaseEvent): string | null {
  if (event.type === 'CaseMerged') return event.data.intoCaseId;
  if (event.type === 'CaseUnmerged') return event.data.fromCaseId;
  return null;
}

/** Sectors the batch's titles may name. */
function sectorsNamedBy(events: readonly StoredCaseEvent[]): string[] {
  const ids = new Set<string>();
  for (const { event } of events) {
    const data = event.data as { sectorId?: unknown; previousSectorId?: unknown };
    if (typeof data.sectorId === 'string') ids.add(data.sectorId);
    if (typeof data.previousSectorId === 'string') ids.add(data.previousSectorId);
  }
  return [...ids];
}
