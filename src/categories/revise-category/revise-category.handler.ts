import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CategoryWriter } from '../category-writer';
import type { CategoryView } from '../category-view';
import { ReviseCategoryCommand } from './revise-category.command';

@CommandHandler(ReviseCategoryCommand)
export class ReviseCategoryHandler implements ICommandHandler<ReviseCategoryCommand, CategoryView> {
  constructor(private readonly categories: CategoryWriter) {}

  execute({ code, fields, context }: ReviseCategoryCommand): Promise<CategoryView> {
    return this.categories.apply(context, {
      type: 'ReviseCategory',
      code,
      label: fields.label,
      kinds: fields.kinds,
      defaultSectorId: fields.defaultSectorId ?? null,
      effectiveFrom: fields.effectiveFrom,
    });
  }
}
