import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QUEUE_CASES, QUEUE_SECTORS } from '../../../projections/operator-queue/queue-tables';
import { OPEN_STATUSES } from '../../../projections/shared/case-summary';
import { selectAsText } from '../../../projections/shared/recordsets';
import { CategoryDirectory } from '../../categories/category-directory';
import { categoryOn } from '../../domain';
import { endOfRomeDay, romeDate } from '../../shared/rome-time';

/** A service request as GeoReport v2 shows it: where it stands, never who asked or what they wrote. */
export interface Open311RequestView {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: null;
  service_name: string | null;
  service_code: string | null;
  description: null;
  agency_responsible: string;
  service_notice: null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: null;
  address_id: null;
  zipcode: null;
  lat: null;
  long: null;
  media_url: null;
}

export interface Open311RequestQuery {
  ids?: string[];
  serviceCodes?: string[];
  status?: 'open' | 'closed';
  startDate: string;
  endDate: string;
  limit: number;
}

const URP = 'Ufficio Relazioni con il Pubblico';

/**
 * Reads the operator queue's table, which keeps a row for every case (closed and merged
 * ones too) with no personal data: reference, category, status, dates, sector.
 */
@Injectable()
export class Open311RequestsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoryDirectory,
  ) {}

  async find(query: Open311RequestQuery): Promise<Open311RequestView[]> {
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const conditions = ['q.subject IS NOT NULL'];
    if (query.ids) conditions.push(`q.reference = ANY(${add(query.ids)}::text[])`);
    else conditions.push(`q.received_at >= ${add(query.startDate)}::timestamptz`, `q.received_at <= ${add(query.endDate)}::timestamptz`);
    if (query.serviceCodes) conditions.push(`q.subject = ANY(${add(query.serviceCodes)}::text[])`);
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
    const catalogue = await this.categories.catalogue();
    return rows.map((row) => {
      const code = row.subject as string;
      const category = catalogue.get(code);
      const receivedOn = romeDate(row.received_at as string);
      return {
        service_request_id: row.reference as string,
        status: row.open ? 'open' : 'closed',
        status_notes: null,
        service_name: category ? (categoryOn(category, receivedOn) ?? category.versions.at(-1)!).label : null,
        service_code: code,
        description: null,
        agency_responsible: (row.sector_name as string | null) ?? URP,
        service_notice: null,
        requested_datetime: row.received_at as string,
        updated_datetime: row.last_activity_at as string,
        // The last moment of the final reply's due day (Europe/Rome), while the case is open.
        expected_datetime: row.open ? new Date(Date.parse(endOfRomeDay(row.final_reply_due_date as string)) - 1000).toISOString() : null,
        address: null,
        address_id: null,
        zipcode: null,
        lat: null,
        long: null,
        media_url: null,
      };
    });
  }
}
