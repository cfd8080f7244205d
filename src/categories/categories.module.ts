import { Module } from '@nestjs/common';
import { SectorsModule } from '../sectors';
import { AddCategoryController } from './add-category/add-category.controller';
import { AddCategoryHandler } from './add-category/add-category.handler';
import { CategoryDirectory } from './category-directory';
import { CategoryWriter } from './category-writer';
import { CategoryList } from './list-categories/category-list';
import { ListCategoriesController } from './list-categories/list-categories.controller';
import { RetireCategoryController } from './retire-category/retire-category.controller';
import { RetireCategoryHandler } from './retire-category/retire-category.handler';
import { ReviseCategoryController } from './revise-category/revise-category.controller';
import { ReviseCategoryHandler } from './revise-category/revise-category.handler';

/**
 * The office's category catalogue: admins add, revise and retire categories (events, one
 * stream per code); registration, classification, the portal and Open311 read it from
 * memory (CategoryDirectory).
 */
@Module({
  imports: [SectorsModule],
  controllers: [ListCategoriesController, AddCategoryController, ReviseCategoryController, RetireCategoryController],
  providers: [CategoryDirectory, CategoryWriter, CategoryList, AddCategoryHandler, ReviseCategoryHandler, RetireCategoryHandler],
  exports: [CategoryDirectory, CategoryList, CategoryWriter],
})
export class CategoriesModule {}
