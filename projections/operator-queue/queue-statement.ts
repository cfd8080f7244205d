/**
 * The SQL of one queue page. Filters that depend on today (the SLA state) compare the
 * stored dates with today's Rome date, so they stay index-friendly ranges on the due date.
 */
import { type RomeDate, endOfRomeDay, startOfRomeDay } from '../../src/read-side';
import { summarySelectList } from '../shared/case-summary-columns';
import type { SlaState } from '../shared/final-reply-standing';
import type { QueueCriteria, QueuePageRequest } from './queue-criteria';
import { QUEUE_ORDERS } from './queue-order';
import { openCase, QueueTables } from './queue-tables';

export interface Statement {
  text: string;
  values: unknown[];
}

/** Collects parameters and hands out their placeholders. */
class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown, type?: string): string {
    this.values.push(value);
    return type ? `$${this.values.length}::${type}` : `$${this.values.length}`;
  }
}

const RUNNING_CLOCK_CONDITIONS: Record<Exclude<SlaState, 'suspended'>, (today: string) => string> = {
  overdue: (today) => `NOT q.suspended AND q.final_reply_due_date < ${today}`,
  due_soon: (today) => `NOT q.suspended AND q.final_reply_due_date >= ${today} AND q.due_soon_from <= ${today}`,
  on_time: (today) => `NOT q.suspended AND q.due_soon_from > ${today}`,
};

function slaCondition(state: SlaState, parameters: Parameters, today: RomeDate): string {
  return state === 'suspended' ? 'q.suspended' : RUNNING_CLOCK_CONDITIONS[state](parameters.add(today, 'date'));
}

/** Asks for one row more than the page: its presence says there is a next page. */
export function queuePageStatement(tables: QueueTables, criteria: QueueCriteria, page: QueuePageRequest, today: RomeDate): Statement {
  const parameters = new Parameters();
  const conditions = [openCase('q'), ...filterConditions(criteria, parameters, today)];
  const order = QUEUE_ORDERS[page.sort];
  const columns = order.key.map((part) => part.column);
  const after = page.after;
  if (after) {
    const values = order.key.map((part, index) => parameters.add(after[index], part.type));
    conditions.push(`(${columns.join(', ')}) ${order.descending ? '<' : '>'} (${values.join(', ')})`);
  }
  const direction = order.descending ? 'DESC' : 'ASC';
  // The sector name as a subquery, not a join: nothing then stands between the index order and the LIMIT.
  const text = `SELECT ${summarySelectList('q')}, (SELECT s.name FROM ${tables.sectors} s WHERE s.sector_id = q.sector_id) AS sector_name,
    q.suggested_sector_id, q.delivery_failed, (SELECT s.name FROM ${tables.sectors} s WHERE s.sector_id = q.suggested_sector_id) AS suggested_sector_name
  FROM ${tables.cases} q
  WHERE ${conditions.join('\n    AND ')}
  ORDER BY ${columns.map((column) => `${column} ${direction}`).join(', ')}
  LIMIT ${parameters.add(page.limit + 1)}`;
  return { text, values: parameters.values };
}

function filterConditions(criteria: QueueCriteria, parameters: Parameters, today: RomeDate): string[] {
  const conditions: string[] = [];
  if (criteria.status) conditions.push(`q.status = ${parameters.add(criteria.status)}`);
  if (criteria.sectorId) conditions.push(`q.sector_id = ${parameters.add(criteria.sectorId)}`);
  if (criteria.kind) conditions.push(`q.kind = ${parameters.add(criteria.kind)}`);
  if (criteria.channel) conditions.push(`q.channel = ${parameters.add(criteria.channel)}`);
  if (criteria.slaState) conditions.push(slaCondition(criteria.slaState, parameters, today));
  if (criteria.receivedFrom) {
    conditions.push(`q.received_at >= ${parameters.add(startOfRomeDay(criteria.receivedFrom), 'timestamptz')}`);
  }
  if (criteria.receivedTo) conditions.push(`q.received_at < ${parameters.add(endOfRomeDay(criteria.receivedTo), 'timestamptz')}`);
  if (criteria.deliveryFailed !== undefined) conditions.push(criteria.deliveryFailed ? 'q.delivery_failed' : 'NOT q.delivery_failed');
  if (criteria.text) conditions.push(`q.search_text LIKE ${parameters.add(containsPattern(criteria.text))}`);
  return conditions;
}

/** LIKE pattern for "contains", with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}
