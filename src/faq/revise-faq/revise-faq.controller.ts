import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { FaqCommandDocs, FaqIdParams, FaqTextsDto } from '../faq-http';
import type { FaqView } from '../faq-view';
import { ReviseFaqCommand } from './revise-faq.command';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('faq')
@Controller('faq')
export class ReviseFaqController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/revision')
  @HttpCode(HttpStatus.OK)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Rewrite the question or the answer of a FAQ entry' })
  @FaqCommandDocs(HttpStatus.OK, 'The entry as revised.')
  @CommandEndpoint('revise-faq')
  async revise(
    @Param() { id }: FaqIdParams,
    @Body() dto: FaqTextsDto,
    @Command() context: CommandContext,
  ): Promise<FaqView> {
    return this.commands.execute(new ReviseFaqCommand(id, dto.question, dto.answer, context), context);
  }
}
