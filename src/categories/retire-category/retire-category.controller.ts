import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { IdempotentAnswers } from '../../command-handling/idempotent-answers';
import { sendRevisionAnswer } from '../../http/revision-command-http';
import { CategoryCodeParams, CategoryCommandDocs, RetireCategoryDto } from '../category-http';
import type { CategoryView } from '../category-view';
import { RetireCategoryCommand } from './retire-category.command';

@ApiTags('categories')
@Controller('categories')
export class RetireCategoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: IdempotentAnswers,
  ) {}

  @Post(':code/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Stop a category taking new cases from a given day; past cases keep it (admins)' })
  @CategoryCommandDocs(HttpStatus.OK, 'The category, retired.')
  async retire(
    @Param() { code }: CategoryCodeParams,
    @Body() dto: RetireCategoryDto,
    @Command('retire-category') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CategoryView> {
    const answer = await this.answers.run(context, { code, ...dto }, async () => ({
      statusCode: HttpStatus.OK,
      body: await this.commands.execute(new RetireCategoryCommand(code, dto.effectiveFrom, context)),
    }));
    return sendRevisionAnswer(response, answer);
  }
}
