import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { RecordCitizenInformationCommand } from '../../cases/record-citizen-information/record-citizen-information.command';
import { ApiCommandRefusals } from '../../cases/shared/case-command-endpoint';
import { AccessCode, ApiAccessCode, ClientAddress } from '../follow-case/access-code.header';
import { CitizenCaseView } from '../follow-case/citizen-case.view';
import { CitizenCases } from '../follow-case/citizen-cases';
import { ReferenceParams } from '../follow-case/reference.params';
import { AnswerInformationDto } from './answer-information.dto';
import { CommandEndpoint, CommandHeaders } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('citizen')
@Controller('public/cases')
export class AnswerInformationController {
  constructor(
    private readonly cases: CitizenCases,
    private readonly commands: IdempotentCommandBus,
  ) {}

  @Post(':reference/information')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "The citizen answers the office's request for information: the clock resumes",
    description: "The same command as the operator's `suspensions/resume`, with the citizen as actor.",
  })
  @ApiAccessCode()
  @ApiOkResponse({ type: CitizenCaseView, description: 'The case as the user area shows it now.' })
  @ApiNotFoundResponse({ description: 'Unknown reference or wrong access code.' })
  @ApiCommandRefusals()
  @CommandEndpoint('record-citizen-information')
  async answer(
    @Param() { reference }: ReferenceParams,
    @AccessCode() accessCode: string | undefined,
    @ClientAddress() client: string,
    @Body() dto: AnswerInformationDto,
    @CommandHeaders() headers: CommandHeaders,
  ): Promise<CitizenCaseView> {
    const { caseId, state } = await this.cases.open(reference, accessCode, client);
    // Whoever holds the code acts as the case's citizen, as when they registered it online.
    const context: CommandContext = { ...headers, actor: { id: state.citizenId, role: 'citizen' } };
    await this.commands.execute(new RecordCitizenInformationCommand(caseId, dto.information, context), context);
    return (await this.cases.open(reference, accessCode, client)).view;
  }
}
