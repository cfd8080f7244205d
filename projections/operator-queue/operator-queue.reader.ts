/** Reads pages of the queue; days left and SLA states are computed for today (the injected clock). */
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, Clock, romeDate } from '../../src/read-side';
import { summaryFromRow } from '../shared/case-summary-columns';
import type { QueueCriteria, QueuePageRequest } from './queue-criteria';
import { encodeQueueCursor } from './queue-cursor';
import { QueuePageView, toQueueItem } from './queue-item.view';
import { sortKeyOf } from './queue-order';
import { queuePageStatement } from './queue-statement';
import { QUEUE_CASES, QUEUE_SECTORS } from './queue-tables';

@Injectable()
export class OperatorQueueReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async page(criteria: QueueCriteria, request: QueuePageRequest): Promise<QueuePageView> {
    const today = romeDate(this.clock.now());
    const statement = queuePageStatement({ cases: QUEUE_CASES, sectors: QUEUE_SECTORS }, criteria, request, today);
    const rows: Record<string, unknown>[] = await this.dataSource.query(statement.text, statement.values);
    const summaries = rows.slice(0, request.limit).map((row) => ({
      summary: summaryFromRow(row),
      sectorName: row.sector_name as string | null,
      suggested: { sectorId: row.suggested_sector_id as string | null, sectorName: row.suggested_sector_name as string | null },
      deliveryFailed: row.delivery_failed === true,
    }));
    const last = summaries.at(-1);
    return {
      items: summaries.map(({ summary, sectorName, suggested, deliveryFailed }) => toQueueItem(summary, sectorName, today, suggested, deliveryFailed)),
      nextCursor: rows.length > request.limit && last ? encodeQueueCursor(request.sort, sortKeyOf(request.sort, last.summary)) : null,
      today,
    };
  }
}
