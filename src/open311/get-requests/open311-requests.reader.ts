import { Inject, Injectable } from '@nestjs/common';
import { CategoryDirectory } from '../../categories/category-directory';
import { categoryOn } from '../../domain';
import { endOfRomeDay, romeDate } from '../../shared/rome-time';
import { REQUEST_STATUSES, type RequestStatuses } from './request-statuses.port';

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
 * Service requests in GeoReport's shape: where each case stands comes from the read side
 * (RequestStatuses), its service name from the category catalogue as it stood on receipt.
 */
@Injectable()
export class Open311RequestsReader {
  constructor(
    @Inject(REQUEST_STATUSES) private readonly statuses: RequestStatuses,
    private readonly categories: CategoryDirectory,
  ) {}

  async find(query: Open311RequestQuery): Promise<Open311RequestView[]> {
    const rows = await this.statuses.find({
      references: query.ids,
      categoryCodes: query.serviceCodes,
      status: query.status,
      receivedFrom: query.startDate,
      receivedTo: query.endDate,
      limit: query.limit,
    });
    const catalogue = await this.categories.catalogue();
    return rows.map((row) => {
      const code = row.categoryCode;
      const category = catalogue.get(code);
      const receivedOn = romeDate(row.receivedAt);
      return {
        service_request_id: row.reference,
        status: row.open ? 'open' : 'closed',
        status_notes: null,
        service_name: category ? (categoryOn(category, receivedOn) ?? category.versions.at(-1)!).label : null,
        service_code: code,
        description: null,
        agency_responsible: row.sectorName ?? URP,
        service_notice: null,
        requested_datetime: row.receivedAt,
        updated_datetime: row.lastActivityAt,
        // The last moment of the final reply's due day (Europe/Rome), while the case is open.
        expected_datetime: row.open ? new Date(Date.parse(endOfRomeDay(row.finalReplyDueDate)) - 1000).toISOString() : null,
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
