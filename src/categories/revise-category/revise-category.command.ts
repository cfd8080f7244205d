import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CategoryTermsDto } from '../category-http';
import type { CategoryView } from '../category-view';

export class ReviseCategoryCommand extends Command<CategoryView> {
  constructor(
    readonly code: string,
    readonly fields: CategoryTermsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
