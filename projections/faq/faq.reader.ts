import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rankFaq, type SearchableFaq } from './faq-search';
import { FAQ_ENTRIES } from './faq.projection';

/** The published FAQ entries, ranked for a query. */
@Injectable()
export class FaqReader {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: string, limit: number): Promise<SearchableFaq[]> {
    const rows: { faq_id: string; question: string; answer: string }[] = await this.dataSource.query(
      `SELECT faq_id, question, answer FROM ${FAQ_ENTRIES} WHERE status = 'published'`,
    );
    const entries = rows.map((row) => ({ faqId: row.faq_id, question: row.question, answer: row.answer }));
    return rankFaq(entries, query).slice(0, limit);
  }
}
