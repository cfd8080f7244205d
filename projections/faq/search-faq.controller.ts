import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { FaqReader } from './faq.reader';
import { Public } from '../../src/auth';

export class SearchFaqQuery {
  @ApiPropertyOptional({ description: 'What the citizen typed; absent: every entry, by question.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class PublicFaqEntry {
  @ApiProperty({ format: 'uuid' })
  faqId: string;

  @ApiProperty()
  question: string;

  @ApiProperty()
  answer: string;
}

export class PublicFaqList {
  @ApiProperty({ type: PublicFaqEntry, isArray: true, description: 'Best match first.' })
  items: PublicFaqEntry[];
}

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
