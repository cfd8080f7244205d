import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { UnmergeCaseCommand } from './unmerge-case.command';
import { UnmergeCaseDto } from './unmerge-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class UnmergeCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('unmerge', {
    command: 'UnmergeCase',
    summary: 'Undo a merge: the case is back where it was',
  })
  @CommandEndpoint('unmerge-case')
  unmerge(
    @Param() { id }: CaseIdParams,
    @Body() dto: UnmergeCaseDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new UnmergeCaseCommand(id, context), context);
  }
}
