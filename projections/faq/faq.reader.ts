import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rankFaq, type SearchableFaq } from './faq-search';
import { FAQ_ENTRIES } from './faq.projection';

export interface StaffFaqRow extends SearchableFaq {
  status: 'published' | 'retired';
  revision: number;
  updatedAt: string;
}

/** The published FAQ entries, ranked for a query; all of them for staff. */
@Injectable()
export class FaqReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Every entry, retired ones too, for the staff who maintain them: newest change first. */
  async all(): Promise<StaffFaqRow[]> {
    const rows: { faq_id: string; question: string; answer: string; status: 'published' | 'retired'; revision: number; updated_at: Date }[] =
      await this.dataSource.query(`SELECT faq_id, question, answer, status, revision, updated_at FROM ${FAQ_ENTRIES} ORDER BY updated_at DESC, faq_id`);
    return rows.map((row) => ({
      faqId: row.faq_id,
      question: row.question,
      answer: row.answer,
      status: row.status,
      revision: row.revision,
      updatedAt: new Date(row.updated_at).toISOString(),
    }));
  }

  async search(query: string, limit: number): Promise<SearchableFaq[]> {
    const rows: { faq_id: string; question: string; answer: string }[] = await this.dataSource.query(
      `SELECT faq_id, question, answer FROM ${FAQ_ENTRIES} WHERE status = 'published'`,
    );
    const entries = rows.map((row) => ({ faqId: row.faq_id, question: row.question, answer: row.answer }));
    return rankFaq(entries, query).slice(0, limit);
  }
}
