/**
 * The queue's sort orders and the key that pages each one. Every key ends with the case id,
 * so it is unique and a keyset page ("after this key") never skips or repeats a case.
 * Urgency: running clocks before suspended ones (a suspended clock cannot fall due), then
 * the earliest due date first (so overdue cases come first), then the oldest receipt.
 */
import type { CaseSummary } from '../shared/case-summary';
import { isInstant, isRomeDate } from '../../src/read-side';

export const QUEUE_SORTS = ['urgency', 'receivedAt', '-receivedAt'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const DEFAULT_QUEUE_SORT: QueueSort = 'urgency';

export type KeyValue = string | boolean;

export interface KeyPart {
  column: string;
  /** SQL type the cursor's value is cast to. */
  type: string;
  read(summary: CaseSummary): KeyValue;
  accepts(value: unknown): boolean;
}

export interface QueueOrder {
  descending: boolean;
  key: readonly KeyPart[];
}

const suspended: KeyPart = {
  column: 'q.suspended',
  type: 'boolean',
  read: (summary) => summary.suspendedSince !== null,
  accepts: (value) => typeof value === 'boolean',
};
const dueDate: KeyPart = {
  column: 'q.final_reply_due_date',
  type: 'date',
  read: (summary) => summary.finalReplyDueDate,
  accepts: isRomeDate,
};
const receivedAt: KeyPart = {
  column: 'q.received_at',
  type: 'timestamptz',
  read: (summary) => summary.receivedAt,
  accepts: isInstant,
};
const caseId: KeyPart = {
  column: 'q.case_id',
  type: 'text',
  read: (summary) => summary.caseId,
  accepts: (value) => typeof value === 'string' && value.length > 0 && value.length <= 200,
};

export const QUEUE_ORDERS: Record<QueueSort, QueueOrder> = {
  urgency: { descending: false, key: [suspended, dueDate, receivedAt, caseId] },
  receivedAt: { descending: false, key: [receivedAt, caseId] },
  '-receivedAt': { descending: true, key: [receivedAt, caseId] },
};

export function sortKeyOf(sort: QueueSort, summary: CaseSummary): KeyValue[] {
  return QUEUE_ORDERS[sort].key.map((part) => part.read(summary));
}
