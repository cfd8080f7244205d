import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { CategoryCodeParams, CategoryCommandDocs, CategoryTermsDto } from '../category-http';
import type { CategoryView } from '../category-view';
import { ReviseCategoryCommand } from './revise-category.command';

@ApiTags('categories')
@Controller('categories')
export class ReviseCategoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':code/revision')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: "Change a category's label, kinds or suggested sector from a given day (admins)", description: "URL-encode the '/' of the code." })
  @CategoryCommandDocs(HttpStatus.OK, 'The category as revised.')
  async revise(
    @Param() { code }: CategoryCodeParams,
    @Body() dto: CategoryTermsDto,
    @Command('revise-category') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CategoryView> {
    const answer = await this.answers.run(context, { code, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new ReviseCategoryCommand(code, dto, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
