/**
 * The sectors the reports name: established, renamed (reports show the current name) and
 * dissolved (a dissolved sector keeps its history and still shows for the periods it worked).
 */
import type { EntityManager } from 'typeorm';
import { type Instant, type SectorEvent, type SectorEventType, type RecordedEvent, normalizeInstant } from '../../../src/read-side';

/** A sector as the reports name it. */
export interface SectorEntry {
  sectorId: string;
  name: string;
  dissolvedAt: Instant | null;
}

export const SECTOR_FACT_EVENT_TYPES: readonly SectorEventType[] = ['SectorEstablished', 'SectorRenamed', 'SectorDissolved'];

export type SectorChange =
  | { sectorId: string; name: string }
  | { sectorId: string; dissolvedAt: string };

/** The change a sector event makes, or null for any other event. */
export function sectorChange(recorded: RecordedEvent): SectorChange | null {
  const event = { type: recorded.type, data: recorded.data } as SectorEvent;
  switch (event.type) {
    case 'SectorEstablished':
    case 'SectorRenamed':
      return { sectorId: event.data.sectorId, name: event.data.name };
    case 'SectorDissolved':
      return { sectorId: event.data.sectorId, dissolvedAt: normalizeInstant(event.data.dissolvedAt) };
    default:
      return null;
  }
}

/** Applied one by one, in order: sector events are few. */
export async function saveSectorChange(em: EntityManager, table: string, change: SectorChange): Promise<void> {
  if ('name' in change) {
    await em.query(
      `INSERT INTO ${table} (sector_id, name) VALUES ($1, $2) ON CONFLICT (sector_id) DO UPDATE SET name = EXCLUDED.name`,
      [change.sectorId, change.name],
    );
    return;
  }
  await em.query(`UPDATE ${table} SET dissolved_at = $2 WHERE sector_id = $1`, [change.sectorId, change.dissolvedAt]);
}
