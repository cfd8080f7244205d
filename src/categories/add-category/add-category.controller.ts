import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { AddCategoryDto, CategoryCommandDocs } from '../category-http';
import type { CategoryView } from '../category-view';
import { AddCategoryCommand } from './add-category.command';

@ApiTags('categories')
@Controller('categories')
export class AddCategoryController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a category to the catalogue citizens and operators choose from (admins)' })
  @CategoryCommandDocs(HttpStatus.CREATED, 'The new category, with its revision.')
  @CommandEndpoint('add-category')
  add(@Body() dto: AddCategoryDto, @Command() context: CommandContext): Promise<CategoryView> {
    return this.commands.execute(new AddCategoryCommand(dto, context), context);
  }
}
