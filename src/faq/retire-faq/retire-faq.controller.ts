import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { FaqCommandDocs, FaqIdParams } from '../faq-http';
import type { FaqView } from '../faq-view';
import { RetireFaqCommand } from './retire-faq.command';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('faq')
@Controller('faq')
export class RetireFaqController {
  constructor(
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':id/retirement')
  @HttpCode(HttpStatus.OK)
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Take a FAQ entry off the portal for good' })
  @FaqCommandDocs(HttpStatus.OK, 'The entry, retired.')
  @CommandEndpoint('retire-faq')
  async retire(
    @Param() { id }: FaqIdParams,
    @Command() context: CommandContext,
  ): Promise<FaqView> {
    return this.commands.execute(new RetireFaqCommand(id, context), context);
  }
}
