/**
 * Every read model's live tables exist before the server listens: a request that arrives
 * while the projector is still starting (or in an 'api' process, where it never runs) then
 * finds empty tables, not `relation ... does not exist` and a 500. The runner does the same
 * setup when it starts (prepareLiveTables is idempotent, locked per projection, and keeps a
 * table of another version serving while the runner rebuilds it).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../src/read-side';
import type { Projection } from './projection';
import { PROJECTIONS } from './projections.module';
import { prepareLiveTables } from './table-setup';

export async function prepareReadModelTables(app: INestApplicationContext): Promise<number> {
  const projections = app.get<Projection[]>(PROJECTIONS, { strict: false });
  const dataSource = app.get(DataSource, { strict: false });
  const clock = app.get<Clock>(CLOCK, { strict: false });
  for (const projection of projections) await prepareLiveTables(dataSource, projection, clock);
  return projections.length;
}
