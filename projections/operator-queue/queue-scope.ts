/** Turns a validated query into criteria, applying what the caller may see. */
import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedUser } from '../../src/auth';
import type { QueueCriteria, QueuePageRequest } from './queue-criteria';
import { decodeQueueCursor } from './queue-cursor';
import { DEFAULT_QUEUE_PAGE, ListQueueQuery } from './list-queue.query';
import { DEFAULT_QUEUE_SORT } from './queue-order';

/** A referent sees their own sector's cases only, whatever sector the query names. */
export function queueCriteriaFor(user: Pick<AuthenticatedUser, 'role' | 'sectorId'>, query: ListQueueQuery): QueueCriteria {
  const criteria: QueueCriteria = {
    status: query.status,
    sectorId: query.sectorId,
    kind: query.kind,
    channel: query.channel,
    slaState: query.slaState,
    receivedFrom: query.receivedFrom,
    receivedTo: query.receivedTo,
    text: query.q,
    deliveryFailed: query.deliveryFailed === undefined ? undefined : query.deliveryFailed === 'true',
  };
  if (user.role !== 'referent') return criteria;
  if (!user.sectorId) throw new ForbiddenException('This referent is not assigned to any sector');
  return { ...criteria, sectorId: user.sectorId };
}

export function queuePageRequestFor(query: ListQueueQuery): QueuePageRequest {
  const sort = query.sort ?? DEFAULT_QUEUE_SORT;
  return {
    sort,
    limit: query.limit ?? DEFAULT_QUEUE_PAGE,
    // Already validated: a cursor that does not decode never gets here.
    after: query.cursor === undefined ? null : decodeQueueCursor(query.cursor, sort),
  };
}
