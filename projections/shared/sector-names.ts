/**
 * Sector names, kept current from the sector events, in a small table of each projection
 * that shows them (projections never read each other's tables: each rebuilds on its own).
 */
import type { EntityManager } from 'typeorm';
import type { SectorEstablished, SectorRenamed, RecordedEvent } from '../../src/read-side';
import { insertRecords } from './recordsets';

export const SECTOR_NAME_EVENT_TYPES = ['SectorEstablished', 'SectorRenamed'] as const;

export function sectorNamesDdl(table: string): string {
  return `CREATE TABLE ${table} (sector_id text PRIMARY KEY, name text NOT NULL)`;
}

/** The name a sector event gives, or null when the event names none. */
export function sectorNameChange(event: RecordedEvent): { sectorId: string; name: string } | null {
  if (event.type !== 'SectorEstablished' && event.type !== 'SectorRenamed') return null;
  const { sectorId, name } = event.data as (SectorEstablished | SectorRenamed)['data'];
  return { sectorId, name };
}

export async function loadSectorNames(em: EntityManager, table: string, sectorIds: readonly string[]): Promise<Map<string, string>> {
  if (sectorIds.length === 0) return new Map();
  const rows: { sector_id: string; name: string }[] = await em.query(
    `SELECT sector_id, name FROM ${table} WHERE sector_id = ANY($1::text[])`,
    [sectorIds],
  );
  return new Map(rows.map((row) => [row.sector_id, row.name]));
}

export function saveSectorNames(em: EntityManager, table: string, names: ReadonlyMap<string, string>): Promise<void> {
  const records = [...names].map(([sector_id, name]) => ({ sector_id, name }));
  return insertRecords(
    em,
    table,
    [
      { column: 'sector_id', type: 'text' },
      { column: 'name', type: 'text' },
    ],
    records,
    { update: ['sector_id'] },
  );
}

/** The sector names the events of a batch set, the last one winning. */
export function sectorNamesIn(events: readonly RecordedEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    const change = sectorNameChange(event);
    if (change) names.set(change.sectorId, change.name);
  }
  return names;
}
