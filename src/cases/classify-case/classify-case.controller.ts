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
import { categoryCodeOf } from '../register-case/register-case.dto';

@ApiTags('cases')
@Controller('cases')
export class ClassifyCaseController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('classification', {
    command: 'ClassifyCase',
    summary: 'Classify a case, or correct its kind and category',
    description:
      "The final-reply due date follows the kind's terms from the day the clock started (an extension told to the citizen is kept). " +
      'The category must be in the catalogue today and take the kind (422 CATEGORY_*); the channel must have accepted the kind when the case was received.',
  })
  @CommandEndpoint('classify-case')
  classify(@Param() { id }: CaseIdParams, @Body() dto: ClassifyCaseDto, @Command() context: CommandContext): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new ClassifyCaseCommand(id, dto.kind, categoryCodeOf(dto), context), context);
  }
}
