import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../../command-handling/command-context';
import { CaseCommandEndpoint } from '../shared/case-command-endpoint';
import { CaseIdParams } from '../shared/case-id.params';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RequestCitizenInformationCommand } from './request-citizen-information.command';
import { RequestCitizenInformationDto } from './request-citizen-information.dto';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class RequestCitizenInformationController {
  constructor(private readonly commands: IdempotentCommandBus) {}

  @CaseCommandEndpoint('suspensions', {
    command: 'RequestCitizenInformation',
    summary: 'Ask the citizen for missing information: the final-reply clock stops',
  })
  @CommandEndpoint('request-citizen-information')
  requestInformation(
    @Param() { id }: CaseIdParams,
    @Body() dto: RequestCitizenInformationDto,
    @Command() context: CommandContext,
  ): Promise<CaseTransitionAnswer> {
    return this.commands.execute(new RequestCitizenInformationCommand(id, dto.question, dto.channel, context), context);
  }
}
