import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryWriter } from '../category-writer';
import type { CategoryView } from '../category-view';
import { AddCategoryCommand } from './add-category.command';

@CommandHandler(AddCategoryCommand)
export class AddCategoryHandler implements ICommandHandler<AddCategoryCommand, CategoryView> {
  constructor(private readonly categories: CategoryWriter) {}

  execute({ fields, context }: AddCategoryCommand): Promise<CategoryView> {
    return this.categories.apply(context, {
      type: 'AddCategory',
      code: fields.code,
      label: fields.label,
      kinds: fields.kinds,
      defaultSectorId: fields.defaultSectorId ?? null,
      effectiveFrom: fields.effectiveFrom,
    });
  }
}
