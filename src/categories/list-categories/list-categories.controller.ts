import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import { CategoryList } from './category-list';
import { ListCategoriesQuery } from './list-categories.query';
import { CategoryListView } from './category-list.view';

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
