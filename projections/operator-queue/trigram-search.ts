/**
 * Substring search on the queue (`search_text LIKE '%…%'`) is served by a pg_trgm GIN index
 * when the server has the extension (any PostgreSQL with contrib). The embedded PGlite does
 * not ship it loaded: there the same query runs without that index, still correct, filtered
 * while walking the sort index (fast while matches are common, a scan of the open cases when
 * they are rare, which a single office's embedded database can afford).
 */
import type { EntityManager } from 'typeorm';

const SAVEPOINT = 'enable_pg_trgm';

/** Makes sure pg_trgm is installed when the server offers it; says whether it is. */
export async function enableTrigramSearch(em: EntityManager): Promise<boolean> {
  const rows: { installed: boolean }[] = await em.query(
    "SELECT installed_version IS NOT NULL AS installed FROM pg_available_extensions WHERE name = 'pg_trgm'",
  );
  if (rows.length === 0) return false;
  if (rows[0].installed) return true;
  // Creating it needs rights the role may lack: a failure must not abort the caller's transaction.
  await em.query(`SAVEPOINT ${SAVEPOINT}`);
  try {
    await em.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await em.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return true;
  } catch {
    await em.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    return false;
  }
}
