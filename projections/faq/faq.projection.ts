/** The FAQ entries as the portal lists them: one row per entry, its current texts and status. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FAQ_EVENT_TYPES, type FaqEvent, type RecordedEvent } from '../../src/read-side';
import type { Projection, ProjectionContext } from '../runner/projection';

export const FAQ_ENTRIES = 'faq_entries';

@Injectable()
export class FaqProjection implements Projection {
  readonly name = 'faq';
  readonly version = 1;
  readonly handles: readonly string[] = FAQ_EVENT_TYPES;
  readonly tables: readonly string[] = [FAQ_ENTRIES];

  async createTables(em: EntityManager, table: (logical: string) => string): Promise<void> {
    await em.query(`CREATE TABLE ${table(FAQ_ENTRIES)} (
  faq_id text PRIMARY KEY,
  question text NOT NULL,
  answer text NOT NULL,
  status text NOT NULL,
  revision integer NOT NULL,
  published_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL)`);
  }

  async apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void> {
    const entries = ctx.table(FAQ_ENTRIES);
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as FaqEvent;
      switch (event.type) {
        case 'FaqEntryPublished':
          await ctx.em.query(
            `INSERT INTO ${entries} (faq_id, question, answer, status, revision, published_at, updated_at)
             VALUES ($1, $2, $3, 'published', $4, $5, $5)
             ON CONFLICT (faq_id) DO UPDATE SET question = $2, answer = $3, status = 'published', revision = $4, updated_at = $5`,
            [event.data.faqId, event.data.question, event.data.answer, recorded.revision, event.data.publishedAt],
          );
          break;
        case 'FaqEntryRevised':
          await ctx.em.query(`UPDATE ${entries} SET question = $2, answer = $3, revision = $4, updated_at = $5 WHERE faq_id = $1`, [
            event.data.faqId,
            event.data.question,
            event.data.answer,
            recorded.revision,
            event.data.revisedAt,
          ]);
          break;
        case 'FaqEntryRetired':
          await ctx.em.query(`UPDATE ${entries} SET status = 'retired', revision = $2, updated_at = $3 WHERE faq_id = $1`, [
            event.data.faqId,
            recorded.revision,
            event.data.retiredAt,
          ]);
          break;
      }
    }
  }
}
