/** The sectors the reports can name. */
import type { SectorEntry } from '../facts/sector-facts';
import { selectAsText } from '../../shared/recordsets';
import type { PerformanceTables } from '../performance-tables';
import type { SqlRunner } from './facts-reader';

export async function readSectors(sql: SqlRunner, tables: PerformanceTables): Promise<SectorEntry[]> {
  const rows = (await sql.query(
    `SELECT sector_id, name, ${selectAsText('dissolved_at', 'timestamptz')} AS dissolved_at
     FROM ${tables.sectors} ORDER BY name, sector_id`,
  )) as { sector_id: string; name: string; dissolved_at: string | null }[];
  return rows.map((row) => ({ sectorId: row.sector_id, name: row.name, dissolvedAt: row.dissolved_at }));
}
