import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { Command } from '../../command-handling/command-context.decorator';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { ClassifyCaseCommand } from './classify-case.command';
import { ClassifyCaseDto } from './classify-case.dto';

@ApiTags('cases')
@Controller('cases')
export class ClassifyCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('classification', {
    command: 'ClassifyCase',
    summary: 'Classify a case, or correct its kind and subject',
    description: "The final-reply due date follows the kind's terms from the day the clock started (an extension told to the citizen is kept).",
  })
  classify(@Param() { id }: CaseIdParams, @Body() dto: ClassifyCaseDto, @Command('classify-case') context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ClassifyCaseCommand(id, dto.kind, dto.subject ?? null, context), context, { id, ...dto });
  }
}
