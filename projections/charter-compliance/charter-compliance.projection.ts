/**
 * What the yearly compliance report needs besides the case facts (sector_performance):
 * the charter's standards with every version and the dates it applied, and the corrective
 * actions managers recorded.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHARTER_EVENT_TYPES, type CharterEvent, CORRECTIVE_ACTION_EVENT_TYPES, type RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';
import { COMPLIANCE_TABLES, complianceTablesNamed, createComplianceTables } from './compliance-tables';
import { correctiveActionRecord } from './corrective-actions/corrective-action-record';
import { saveCorrectiveActions } from './corrective-actions/corrective-action-store';
import { evolveStandardRecord, StandardRecord } from './standards/standard-record';
import { loadStandardRecords, saveStandardRecords } from './standards/standard-store';

const CHARTER_TYPES: ReadonlySet<string> = new Set(CHARTER_EVENT_TYPES);

@Injectable()
export class CharterComplianceProjection implements Projection {
  readonly name = 'charter_compliance';
  readonly version = 1;
  readonly handles: readonly string[] = [...CHARTER_EVENT_TYPES, ...CORRECTIVE_ACTION_EVENT_TYPES];
  readonly tables: readonly string[] = COMPLIANCE_TABLES;

  createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    return createComplianceTables(em, complianceTablesNamed(table));
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const tables = complianceTablesNamed(ctx.table);
    const charterEvents = events.filter((event) => CHARTER_TYPES.has(event.type));
    const ids = [...new Set(charterEvents.map((event) => (event.data as CharterEvent['data']).standardId))];
    const records = await loadStandardRecords(ctx.em, tables.standards, ids);
    const changed = new Map<string, StandardRecord>();
    for (const recorded of charterEvents) {
      const event = { type: recorded.type, data: recorded.data } as CharterEvent;
      const next = evolveStandardRecord(records.get(event.data.standardId), event, recorded.id);
      if (!next) continue;
      records.set(next.standardId, next);
      changed.set(next.standardId, next);
    }
    await saveStandardRecords(ctx.em, tables.standards, [...changed.values()]);
    const actions = events.flatMap((event) => {
      const record = correctiveActionRecord(event);
      return record ? [{ record, position: event.position }] : [];
    });
    await saveCorrectiveActions(ctx.em, tables.actions, actions);
  }
}
