import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { CategoryCodeParams, CategoryCommandDocs, CategoryTermsDto } from '../category-http';
import type { CategoryView } from '../category-view';
import { ReviseCategoryCommand } from './revise-category.command';

@ApiTags('categories')
@Controller('categories')
export class ReviseCategoryController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @Post(':code/revision')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: "Change a category's label, kinds or suggested sector from a given day (admins)", description: "URL-encode the '/' of the code." })
  @CategoryCommandDocs(HttpStatus.OK, 'The category as revised.')
  @CommandEndpoint('revise-category')
  revise(
    @Param() { code }: CategoryCodeParams,
    @Body() dto: CategoryTermsDto,
    @Command() context: CommandContext,
  ): Promise<CategoryView> {
    return this.commands.execute(new ReviseCategoryCommand(code, dto, context), context);
  }
}
