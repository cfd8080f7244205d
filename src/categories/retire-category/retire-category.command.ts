import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CategoryView } from '../category-view';

export class RetireCategoryCommand extends Command<CategoryView> {
  constructor(
    readonly code: string,
    readonly effectiveFrom: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
