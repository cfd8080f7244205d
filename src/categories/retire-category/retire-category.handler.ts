import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryWriter } from '../category-writer';
import type { CategoryView } from '../category-view';
import { RetireCategoryCommand } from './retire-category.command';

@CommandHandler(RetireCategoryCommand)
export class RetireCategoryHandler implements ICommandHandler<RetireCategoryCommand, CategoryView> {
  constructor(private readonly categories: CategoryWriter) {}

  execute({ code, effectiveFrom, context }: RetireCategoryCommand): Promise<CategoryView> {
    return this.categories.apply(context, { type: 'RetireCategory', code, effectiveFrom });
  }
}
