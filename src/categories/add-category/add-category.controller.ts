import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { AddCategoryDto, CategoryCommandDocs } from '../category-http';
import type { CategoryView } from '../category-view';
import { AddCategoryCommand } from './add-category.command';

@ApiTags('categories')
@Controller('categories')
export class AddCategoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a category to the catalogue citizens and operators choose from (admins)' })
  @CategoryCommandDocs(HttpStatus.CREATED, 'The new category, with its revision.')
  async add(@Body() dto: AddCategoryDto, @Command('add-category') context: CommandContext, @Res({ passthrough: true }) response: Response): Promise<CategoryView> {
    const answer = await this.answers.run(context, dto, async () => ({
      statusCode: HttpStatus.CREATED,
      body: await this.commands.execute(new AddCategoryCommand(dto, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
