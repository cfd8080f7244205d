/**
 * What Open311 asks the read side about the cases: where each stands, never who asked or
 * what they wrote. Defined here, answered by the operator queue's table
 * (projections/operator-queue/queue-request-statuses.ts), bound by the application module,
 * so the write side never reaches into the read models' tables.
 */
export interface RequestStatusQuery {
  /** References; when given the dates are ignored. */
  references?: string[];
  categoryCodes?: string[];
  status?: 'open' | 'closed';
  /** ISO 8601 instants, bounds of the receipt. */
  receivedFrom: string;
  receivedTo: string;
  limit: number;
}

export interface RequestStatusRow {
  reference: string;
  categoryCode: string;
  open: boolean;
  /** ISO 8601 instants. */
  receivedAt: string;
  lastActivityAt: string;
  /** YYYY-MM-DD (Europe/Rome). */
  finalReplyDueDate: string;
  /** The sector the case is routed to; null: the URP itself. */
  sectorName: string | null;
}

/** Newest receipt first, then by reference; only cases with a category. */
export interface RequestStatuses {
  find(query: RequestStatusQuery): Promise<RequestStatusRow[]>;
}

export const REQUEST_STATUSES = Symbol('REQUEST_STATUSES');
