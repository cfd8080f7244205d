import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { ClassifyCaseCommand } from './classify-case.command';
import { ClassifyCaseDto } from './classify-case.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class ClassifyCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('classification', {
    command: 'ClassifyCase',
    summary: 'Classify a case, or correct its kind and subject',
    description: "The final-reply due date follows the kind's terms from the day the clock started (an extension told to the citizen is kept).",
  })
  @CommandEndpoint('classify-case')
  classify(@Param() { id }: CaseIdParams, @Body() dto: ClassifyCaseDto, @Command() context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ClassifyCaseCommand(id, dto.kind, dto.subject ?? null, context), context);
  }
}
