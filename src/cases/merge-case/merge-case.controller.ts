import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { MergeCaseCommand } from './merge-case.command';
import { MergeCaseDto } from './merge-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class MergeCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('merge', {
    command: 'MergeCase',
    summary: 'Fold a duplicate into another case',
    description: 'The duplicate then accepts nothing but an unmerge.',
  })
  @CommandEndpoint('merge-case')
  merge(@Param() { id }: CaseIdParams, @Body() dto: MergeCaseDto, @Command() context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new MergeCaseCommand(id, dto.intoCaseId, context), context);
  }
}
