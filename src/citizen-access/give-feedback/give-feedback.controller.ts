import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { GiveSatisfactionFeedbackCommand } from '../../cases/give-satisfaction-feedback/give-satisfaction-feedback.command';
import { ApiCommandRefusals } from '../../cases/shared/case-command-endpoint';
import { AccessCode, ApiAccessCode, ClientAddress } from '../follow-case/access-code.header';
import { CitizenCaseView } from '../follow-case/citizen-case.view';
import { CitizenCases } from '../follow-case/citizen-cases';
import { ReferenceParams } from '../follow-case/reference.params';
import { GiveFeedbackDto } from './give-feedback.dto';
import { CommandEndpoint, CommandHeaders } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('citizen')
@Controller('public/cases')
export class GiveFeedbackController {
  constructor(
    private readonly cases: CitizenCases,
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':reference/feedback')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'The citizen answers the satisfaction survey of a closed case',
    description: 'Once per closure (a second answer is 422 FEEDBACK_ALREADY_GIVEN); the actor is the citizen.',
  })
  @ApiAccessCode()
  @ApiOkResponse({ type: CitizenCaseView, description: 'The case as the user area shows it now.' })
  @ApiNotFoundResponse({ description: 'Unknown reference or wrong access code.' })
  @ApiCommandRefusals()
  @CommandEndpoint('give-satisfaction-feedback')
  async give(
    @Param() { reference }: ReferenceParams,
    @AccessCode() accessCode: string | undefined,
    @ClientAddress() client: string,
    @Body() dto: GiveFeedbackDto,
    @CommandHeaders() headers: CommandHeaders,
  ): Promise<CitizenCaseView> {
    const { caseId, state } = await this.cases.open(reference, accessCode, client);
    const context: CommandContext = { ...headers, actor: { id: state.citizenId, role: 'citizen' } };
    await this.commands.execute(new GiveSatisfactionFeedbackCommand(caseId, dto.score, dto.comment ?? null, context), context);
    return (await this.cases.open(reference, accessCode, client)).view;
  }
}
