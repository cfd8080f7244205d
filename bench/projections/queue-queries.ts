/**
 * The queue queries the benchmark times, each with the plan PostgreSQL chose for it (which
 * index, or a scan), so that a figure can be read next to the reason for it.
 */
import type { DataSource } from 'typeorm';
import { romeDate } from '../../src/shared/rome-time';
import type { Clock } from '../../src/shared/clock';
import { OperatorQueueReader } from '../../projections/operator-queue/operator-queue.reader';
import type { QueueCriteria, QueuePageRequest } from '../../projections/operator-queue/queue-criteria';
import { decodeQueueCursor } from '../../projections/operator-queue/queue-cursor';
import { queuePageStatement } from '../../projections/operator-queue/queue-statement';
import { QUEUE_CASES, QUEUE_SECTORS } from '../../projections/operator-queue/queue-tables';

export interface QueueScenario {
  name: string;
  criteria: QueueCriteria;
  request: QueuePageRequest;
}

export async function queueScenarios(reader: OperatorQueueReader, dataSource: DataSource): Promise<QueueScenario[]> {
  const [busiest] = await dataSource.query(
    `SELECT sector_id FROM ${QUEUE_CASES} WHERE status IN ('received', 'routed', 'in_charge') AND sector_id IS NOT NULL
     GROUP BY sector_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const [rare] = await dataSource.query(`SELECT reference FROM ${QUEUE_CASES} WHERE status = 'routed' ORDER BY received_at LIMIT 1`);
  const first: QueuePageRequest = { sort: 'urgency', limit: 50, after: null };
  return [
    { name: 'default (urgency, first 50)', criteria: {}, request: first },
    { name: 'filtered (sector + overdue)', criteria: { sectorId: busiest?.sector_id, slaState: 'overdue' }, request: first },
    { name: 'filtered (kind + channel, newest)', criteria: { kind: 'complaint', channel: 'email' }, request: { ...first, sort: '-receivedAt' } },
    { name: "text search, common ('buche')", criteria: { text: 'buche' }, request: first },
    { name: `text search, one reference (${rare?.reference})`, criteria: { text: rare?.reference ?? 'URP' }, request: first },
    { name: 'deep keyset page (90% through, urgency)', criteria: {}, request: await deepPage(reader, 0.9) },
  ];
}

/** The request for the page found 90% of the way through the open cases, by walking there. */
async function deepPage(reader: OperatorQueueReader, depth: number): Promise<QueuePageRequest> {
  const request: QueuePageRequest = { sort: 'urgency', limit: 200, after: null };
  const pages: (string | null)[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await reader.page({}, { ...request, after: cursor ? decodeQueueCursor(cursor, 'urgency') : null });
    pages.push(page.nextCursor);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  const cursor = pages[Math.max(0, Math.floor(pages.length * depth) - 1)];
  return { sort: 'urgency', limit: 50, after: cursor ? decodeQueueCursor(cursor, 'urgency') : null };
}

/** The plan's node types and index names, outermost first, without the sector-name subplan: "Limit > Index Scan (…_urgency)". */
export async function planOf(dataSource: DataSource, clock: Clock, scenario: QueueScenario): Promise<string> {
  const statement = queuePageStatement({ cases: QUEUE_CASES, sectors: QUEUE_SECTORS }, scenario.criteria, scenario.request, romeDate(clock.now()));
  const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
  const nodes: string[] = [];
  const visit = (node: { 'Node Type': string; 'Index Name'?: string; 'Parent Relationship'?: string; Plans?: unknown[] }) => {
    if (node['Parent Relationship'] === 'SubPlan') return;
    nodes.push(node['Index Name'] ? `${node['Node Type']} (${node['Index Name']})` : node['Node Type']);
    for (const child of node.Plans ?? []) visit(child as typeof node);
  };
  visit(row['QUERY PLAN'][0].Plan);
  return nodes.join(' > ');
}
