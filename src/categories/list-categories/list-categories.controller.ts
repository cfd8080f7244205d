import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Public } from '../../auth';
import { CASE_KINDS, type CaseKind } from '../../contracts';
import { IsRomeDate } from '../../cases/shared/dto-validators';
import { CategoryView } from '../category-view';
import { CategoryList } from './category-list';

export class ListCategoriesQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The catalogue as it reads on this day (Europe/Rome). Default: today.' })
  @IsOptional()
  @IsRomeDate()
  on?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS, description: 'Only the categories that take this kind of case.' })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Also the categories retired (or not yet in force) that day.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}

export class CategoryListView {
  @ApiProperty({ type: CategoryView, isArray: true, description: 'By label.' })
  items: CategoryView[];
}

@ApiTags('categories')
@Controller('categories')
export class ListCategoriesController {
  constructor(private readonly categories: CategoryList) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The office's category catalogue (public: the portal, Open311 and the console read it)" })
  @ApiOkResponse({ type: CategoryListView })
  async list(@Query() query: ListCategoriesQuery): Promise<CategoryListView> {
    return { items: await this.categories.list(query) };
  }
}
