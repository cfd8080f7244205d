import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { CategoryCodeParams, CategoryCommandDocs, RetireCategoryDto } from '../category-http';
import type { CategoryView } from '../category-view';
import { RetireCategoryCommand } from './retire-category.command';

@ApiTags('categories')
@Controller('categories')
export class RetireCategoryController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @Post(':code/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Stop a category taking new cases from a given day; past cases keep it (admins)' })
  @CategoryCommandDocs(HttpStatus.OK, 'The category, retired.')
  @CommandEndpoint('retire-category')
  retire(
    @Param() { code }: CategoryCodeParams,
    @Body() dto: RetireCategoryDto,
    @Command() context: CommandContext,
  ): Promise<CategoryView> {
    return this.commands.execute(new RetireCategoryCommand(code, dto.effectiveFrom, context), context);
  }
}
