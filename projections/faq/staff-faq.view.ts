import { ApiProperty } from '@nestjs/swagger';

export class StaffFaqEntry {
  @ApiProperty({ format: 'uuid' })
  faqId: string;

  question: string;

  answer: string;

  @ApiProperty({ enum: ['published', 'retired'] })
  status: 'published' | 'retired';

  /** Revision of the entry: send it as If-Match to revise or retire this version. */
  revision: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class StaffFaqList {
  /** Newest change first. */
  items: StaffFaqEntry[];
}
