import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RecordCitizenInformationCommand } from './record-citizen-information.command';
import { RecordCitizenInformationDto } from './record-citizen-information.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class RecordCitizenInformationController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('suspensions/resume', {
    command: 'RecordCitizenInformation',
    summary: "The citizen's information arrived: the clock resumes",
    description: 'The final-reply due date moves later by the whole calendar days (Europe/Rome) spent waiting.',
  })
  @CommandEndpoint('record-citizen-information')
  recordInformation(
    @Param() { id }: CaseIdParams,
    @Body() dto: RecordCitizenInformationDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new RecordCitizenInformationCommand(id, dto.information, context), context);
  }
}
