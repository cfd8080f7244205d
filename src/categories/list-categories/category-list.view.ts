import { ApiProperty } from '@nestjs/swagger';
import { CategoryView } from '../category-view';

export class CategoryListView {
  /** By label. */
  items: CategoryView[];
}
