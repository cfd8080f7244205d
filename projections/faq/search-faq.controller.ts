import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FaqReader } from './faq.reader';
import { Public } from '../../src/auth';
import { SearchFaqQuery } from './search-faq.query';
import { PublicFaqList } from './public-faq.view';

@ApiTags('faq')
@Controller('public/faq')
export class SearchFaqController {
  constructor(private readonly faq: FaqReader) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The URP's questions and answers, searched (public)" })
  @ApiOkResponse({ type: PublicFaqList })
  async search(@Query() { q, limit }: SearchFaqQuery): Promise<PublicFaqList> {
    return { items: await this.faq.search(q ?? '', limit ?? 50) };
  }
}
