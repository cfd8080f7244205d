import { ApiProperty } from '@nestjs/swagger';

export class PublicFaqEntry {
  @ApiProperty({ format: 'uuid' })
  faqId: string;

  question: string;

  answer: string;
}

export class PublicFaqList {
  /** Best match first. */
  items: PublicFaqEntry[];
}
