import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { AddCategoryDto } from '../category-http';
import type { CategoryView } from '../category-view';

export class AddCategoryCommand extends Command<CategoryView> {
  constructor(
    readonly fields: AddCategoryDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
