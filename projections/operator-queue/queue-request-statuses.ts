import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestStatuses, RequestStatusQuery, RequestStatusRow } from '../../src/read-side';
import { OPEN_STATUSES } from '../shared/case-summary';
import { selectAsText } from '../shared/recordsets';
import { QUEUE_CASES, QUEUE_SECTORS } from './queue-tables';

/**
 * Open311's status lookups (the write side's RequestStatuses port) answered from the operator
 * queue's table, which keeps a row for every case (closed and merged ones too) with no
 * personal data: reference, category, status, dates, sector.
 */
@Injectable()
export class QueueRequestStatuses implements RequestStatuses {
  constructor(private readonly dataSource: DataSource) {}

  async find(query: RequestStatusQuery): Promise<RequestStatusRow[]> {
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const conditions = ['q.subject IS NOT NULL'];
    if (query.references) conditions.push(`q.reference = ANY(${add(query.references)}::text[])`);
    else conditions.push(`q.received_at >= ${add(query.receivedFrom)}::timestamptz`, `q.received_at <= ${add(query.receivedTo)}::timestamptz`);
    if (query.categoryCodes) conditions.push(`q.subject = ANY(${add(query.categoryCodes)}::text[])`);
    const open = `q.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
    if (query.status === 'open') conditions.push(open);
    if (query.status === 'closed') conditions.push(`NOT ${open}`);
    const rows: Record<string, string | boolean | null>[] = await this.dataSource.query(
      `SELECT q.reference, q.subject, ${open} AS open,
         ${selectAsText('q.received_at', 'timestamptz')} AS received_at,
         ${selectAsText('q.last_activity_at', 'timestamptz')} AS last_activity_at,
         ${selectAsText('q.final_reply_due_date', 'date')} AS final_reply_due_date,
         (SELECT s.name FROM ${QUEUE_SECTORS} s WHERE s.sector_id = q.sector_id) AS sector_name
       FROM ${QUEUE_CASES} q
       WHERE ${conditions.join(' AND ')}
       ORDER BY q.received_at DESC, q.reference
       LIMIT ${add(query.limit)}`,
      values,
    );
    return rows.map((row) => ({
      reference: row.reference as string,
      categoryCode: row.subject as string,
      open: row.open === true,
      receivedAt: row.received_at as string,
      lastActivityAt: row.last_activity_at as string,
      finalReplyDueDate: row.final_reply_due_date as string,
      sectorName: row.sector_name as string | null,
    }));
  }
}
