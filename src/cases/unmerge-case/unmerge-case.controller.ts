import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { UnmergeCaseCommand } from './unmerge-case.command';
import { UnmergeCaseDto } from './unmerge-case.dto';

@ApiTags('cases')
@Controller('cases')
export class UnmergeCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('unmerge', {
    command: 'UnmergeCase',
    summary: 'Undo a merge: the case is back where it was',
  })
  unmerge(
    @Param() { id }: CaseIdParams,
    @Body() dto: UnmergeCaseDto,
    @Command('unmerge-case') context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new UnmergeCaseCommand(id, context), context, { id, ...dto });
  }
}
