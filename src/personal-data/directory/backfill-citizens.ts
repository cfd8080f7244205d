/**
 * `citizens:backfill`: enters the cases registered before the citizen directory into it, so
 * that one erasure covers them too. Every receipt's identifiers are linked to the case's
 * citizen id; when they already belong to another citizen, the two ids become one person
 * (an alias), unless each has its own fiscal code. Erased citizens are skipped: nothing of
 * them is readable any more. Safe to run again.
 */
import { Pool } from 'pg';
import type { AppConfig } from '../../config/app-config';
import type { CitizenDetails } from '../../contracts';
import { createConfiguredEventStore } from '../../event-store/event-store.module';
import type { EventStore, Position } from '../../event-store/event-store.port';
import { comparePositions } from '../../event-store/position';
import { isErased } from '../erased';
import { keyRingFrom } from '../keys/key-encryption-key';
import { maintenanceQueryFor } from '../keys/maintenance-query';
import { createPostgresDataKeyStore } from '../keys/postgres-data-key-store';
import type { SqlQuery } from '../keys/sql-query';
import { isSealedEnvelope } from '../sealed-envelope';
import { PersonalDataVault } from '../vault/personal-data-vault';
import { CitizenDirectory } from './citizen-directory';

export interface CitizenBackfill {
  /** Receipts read. */
  cases: number;
  /** Receipts whose citizen was linked in the directory. */
  linked: number;
  /** Receipts of erased citizens, or with no identifier. */
  skipped: number;
  /** Distinct citizens (canonical ids) the linked receipts belong to. */
  citizens: number;
}

const PAGE = 500;

export async function backfillCitizens(deps: { eventStore: EventStore; vault: PersonalDataVault; directory: CitizenDirectory }): Promise<CitizenBackfill> {
  const totals = { cases: 0, linked: 0, skipped: 0 };
  const citizens = new Set<string>();
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await deps.eventStore.readAll({ fromPosition: from, maxCount: PAGE, filter: { eventTypes: ['CaseReceived'] } });
    const fresh = from === 'start' ? page : page.filter((event) => comparePositions(event.position, from as Position) > 0);
    for (const event of fresh) {
      totals.cases++;
      const data = event.data as { citizenId?: unknown; citizen?: unknown };
      if (typeof data.citizenId !== 'string' || !isSealedEnvelope(data.citizen)) {
        totals.skipped++;
        continue;
      }
      const details = await deps.vault.unseal(data.citizen, data.citizenId);
      if (isErased(details) || typeof details !== 'object' || details === null) {
        totals.skipped++;
        continue;
      }
      const c = details as CitizenDetails;
      if (!c.fiscalCode && !c.email && !c.phone) {
        totals.skipped++;
        continue;
      }
      citizens.add(await deps.directory.adopt(data.citizenId, c));
      totals.linked++;
    }
    if (page.length < PAGE) break;
    from = page[page.length - 1].position;
  }
  return { ...totals, citizens: citizens.size };
}

/** The backfill with the application's configuration (DATABASE_URL, EVENTSTORE_URL, the secrets). */
export async function backfillCitizenDirectory(config: AppConfig): Promise<CitizenBackfill> {
  const pool = new Pool({ connectionString: config.databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  const { store } = createConfiguredEventStore(config, config.databaseUrl!, 2);
  try {
    const query: SqlQuery = async (sql, params) => (await pool.query(sql, params)).rows as Record<string, unknown>[];
    const maintenance = config.databaseOwnerUrl ? maintenanceQueryFor(config.databaseOwnerUrl) : undefined;
    const keys = createPostgresDataKeyStore(query, { keyRing: keyRingFrom(config.personalDataKek, config.personalDataPreviousKeks), maintenance });
    return await backfillCitizens({ eventStore: store, vault: new PersonalDataVault(keys), directory: new CitizenDirectory(query, config.personalDataSecret, maintenance) });
  } finally {
    await store.close();
    await pool.end();
  }
}
