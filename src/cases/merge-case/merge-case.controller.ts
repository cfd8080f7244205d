import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { MergeCaseCommand } from './merge-case.command';
import { MergeCaseDto } from './merge-case.dto';

@ApiTags('cases')
@Controller('cases')
export class MergeCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('merge', {
    command: 'MergeCase',
    summary: 'Fold a duplicate into another case',
    description: 'The duplicate then accepts nothing but an unmerge.',
  })
  merge(@Param() { id }: CaseIdParams, @Body() dto: MergeCaseDto, @Command('merge-case') context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new MergeCaseCommand(id, dto.intoCaseId, context), context, { id, ...dto });
  }
}
