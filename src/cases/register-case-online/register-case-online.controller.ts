import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckedAttachment } from '../../attachments/attachment-rules';
import { Attachments, MultipartRegistration } from '../../attachments/multipart.interceptor';
import { registrationRequest } from '../../attachments/registration-request';
import { Public } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { AccessCodes } from '../../citizen-access/access-codes';
import { CitizenDirectory } from '../../personal-data';
import { RegisterCaseCommand, type CaseContact } from '../register-case/register-case.command';
import { ApiCommandRefusals } from '../shared/case-command-endpoint';
import { CaseRegisteredOnline } from './case-registered-online.answer';
import { RegisterCaseOnlineDto } from './register-case-online.dto';
import { CommandEndpoint, CommandHeaders } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { categoryCodeOf } from '../register-case/register-case.dto';

@ApiTags('cases')
@Controller('public/cases')
export class RegisterCaseOnlineController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly citizens: CitizenDirectory,
    private readonly accessCodes: AccessCodes,
  ) {}

  @Post()
  @Public()
  @HttpCode(201)
  @ApiOperation({
    summary: 'A citizen submits a case through the web portal',
    description:
      'No account: the citizen acts under the pseudonymous id of their fiscal code or e-mail. ' +
      'As multipart/form-data: the same body as JSON in the part `payload`, up to 3 photos (JPEG, PNG) in `photos` and 3 PDFs in `documents`.',
  })
  @ApiCreatedResponse({ type: CaseRegisteredOnline, description: 'The reference number to quote, and the acknowledgement.' })
  @ApiCommandRefusals()
  @CommandEndpoint('register-case-online')
  // Below @CommandEndpoint so it runs first: the endpoint then reads the parsed payload as the body.
  @UseInterceptors(MultipartRegistration)
  @ApiConsumes('application/json', 'multipart/form-data')
  async register(
    @Body() dto: RegisterCaseOnlineDto,
    @CommandHeaders() headers: CommandHeaders,
    @Attachments() attachments: CheckedAttachment[],
  ): Promise<CaseRegisteredOnline> {
    // The portal has no login: the citizen is who their identity says, as on every other case of theirs.
    const citizenId = await this.citizens.resolve(dto.citizen);
    const context: CommandContext = {
      ...headers,
      request: registrationRequest(headers.request, attachments),
      actor: { id: citizenId, role: 'citizen' },
    };
    const { id, reference, finalReplyDueDate, acknowledgement, category, suggestedSector } = await this.commands.execute(
      new RegisterCaseCommand({ ...contactFrom(dto), attachments }, context, citizenId),
      context,
    );
    return { reference, finalReplyDueDate, acknowledgement, category, suggestedSector, accessCode: this.accessCodes.codeFor(id) };
  }
}

/** Online, the contact always comes through the web portal, and arrives when it is sent. */
function contactFrom(dto: RegisterCaseOnlineDto): CaseContact {
  return {
    channel: 'web',
    kind: dto.kind ?? null,
    subject: categoryCodeOf(dto),
    title: dto.title ?? null,
    description: dto.description,
    citizen: { ...dto.citizen },
    location: dto.location ?? null,
    point: dto.point ?? null,
  };
}
