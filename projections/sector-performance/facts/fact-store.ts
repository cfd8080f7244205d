/** Loading and saving the facts of the cases a batch touches: the batch's only reads of its tables. */
import type { EntityManager } from 'typeorm';
import { insertRecords } from '../../shared/recordsets';
import { CASE_COLUMNS, CLOCK_COLUMNS, PerformanceTables, ROUTING_COLUMNS } from '../performance-tables';
import type { CaseFact, CaseFacts, ClockFact, RoutingFact } from './case-facts';
import { FactColumn, factFromRow, recordOf, selectList } from './fact-columns';

export async function loadCaseFacts(em: EntityManager, tables: PerformanceTables, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  if (caseIds.length === 0) return new Map();
  // One after the other: a batch's transaction runs on a single connection.
  const cases = await rowsOf<CaseFact>(em, `SELECT ${selectList('t', CASE_COLUMNS)} FROM ${tables.cases} t WHERE t.case_id = ANY($1::text[])`, caseIds, CASE_COLUMNS);
  const routings = await rowsOf<RoutingFact>(
    em,
    `SELECT ${selectList('t', ROUTING_COLUMNS)} FROM ${tables.routings} t WHERE t.case_id = ANY($1::text[]) ORDER BY t.case_id, t.routing_no`,
    caseIds,
    ROUTING_COLUMNS,
  );
  const clocks = await rowsOf<ClockFact>(
    em,
    `SELECT ${selectList('t', CLOCK_COLUMNS)} FROM ${tables.clocks} t WHERE t.case_id = ANY($1::text[]) ORDER BY t.case_id, t.clock_no`,
    caseIds,
    CLOCK_COLUMNS,
  );
  const facts = new Map<string, CaseFacts>(cases.map((fact) => [fact.caseId, { case: fact, routings: [], clocks: [] }]));
  for (const routing of routings) facts.get(routing.caseId)?.routings.push(routing);
  for (const clock of clocks) facts.get(clock.caseId)?.clocks.push(clock);
  return facts;
}

/** Routings and clocks only ever grow, so an upsert of every row of a changed case is complete. */
export async function saveCaseFacts(em: EntityManager, tables: PerformanceTables, facts: readonly CaseFacts[]): Promise<void> {
  await insertRecords(em, tables.cases, CASE_COLUMNS, facts.map((f) => recordOf(f.case, CASE_COLUMNS)), { update: ['case_id'] });
  await insertRecords(
    em,
    tables.routings,
    ROUTING_COLUMNS,
    facts.flatMap((f) => f.routings.map((routing) => recordOf(routing, ROUTING_COLUMNS))),
    { update: ['case_id', 'routing_no'] },
  );
  await insertRecords(
    em,
    tables.clocks,
    CLOCK_COLUMNS,
    facts.flatMap((f) => f.clocks.map((clock) => recordOf(clock, CLOCK_COLUMNS))),
    { update: ['case_id', 'clock_no'] },
  );
}

async function rowsOf<T>(em: EntityManager, sql: string, caseIds: readonly string[], columns: readonly FactColumn<T>[]): Promise<T[]> {
  const rows: Record<string, unknown>[] = await em.query(sql, [caseIds]);
  return rows.map((row) => factFromRow<T>(row, columns));
}
