/** What a queue page asks for, once the caller's rights are applied (see queue-scope.ts). */
import type { CaseKind, Channel, RomeDate } from '../../src/read-side';
import type { OpenStatus } from '../shared/case-summary';
import type { SlaState } from '../shared/final-reply-standing';
import type { KeyValue, QueueSort } from './queue-order';

export interface QueueCriteria {
  status?: OpenStatus;
  sectorId?: string;
  kind?: CaseKind;
  channel?: Channel;
  slaState?: SlaState;
  /** Rome calendar days, both inclusive. */
  receivedFrom?: RomeDate;
  receivedTo?: RomeDate;
  /** Matched anywhere in the reference or the subject, ignoring case. */
  text?: string;
  /** Only cases with (true) or without (false) a message that could not be delivered. */
  deliveryFailed?: boolean;
}

export interface QueuePageRequest {
  sort: QueueSort;
  limit: number;
  /** The key of the previous page's last case; null for the first page. */
  after: KeyValue[] | null;
}
