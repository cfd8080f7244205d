import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { FaqReader } from './faq.reader';
import { Roles } from '../../src/auth';

export class StaffFaqEntry {
  @ApiProperty({ format: 'uuid' })
  faqId: string;

  @ApiProperty()
  question: string;

  @ApiProperty()
  answer: string;

  @ApiProperty({ enum: ['published', 'retired'] })
  status: 'published' | 'retired';

  @ApiProperty({ description: 'Revision of the entry: send it as If-Match to revise or retire this version.' })
  revision: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class StaffFaqList {
  @ApiProperty({ type: StaffFaqEntry, isArray: true, description: 'Newest change first.' })
  items: StaffFaqEntry[];
}

@ApiTags('faq')
@ApiBearerAuth()
@Controller('faq')
export class ListFaqController {
  constructor(private readonly faq: FaqReader) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Every FAQ entry, retired ones too, for the URP staff who maintain them' })
  @ApiOkResponse({ type: StaffFaqList })
  async list(): Promise<StaffFaqList> {
    return { items: await this.faq.all() };
  }
}
