import { ApiProperty } from '@nestjs/swagger';
import type { FaqEntry } from '../domain';

/** A FAQ entry as staff commands answer it. */
export class FaqView {
  @ApiProperty({ format: 'uuid' })
  faqId: string;

  /** Revision of the entry (also the ETag). */
  revision: number;

  @ApiProperty({ enum: ['published', 'retired'] })
  status: 'published' | 'retired';

  @ApiProperty({ example: "Quali sono gli orari dell'anagrafe?" })
  question: string;

  answer: string;
}

export function toFaqView(entry: FaqEntry, revision: number): FaqView {
  return { faqId: entry.faqId, revision, status: entry.status, question: entry.question, answer: entry.answer };
}
