import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckedAttachment } from '../../attachments/attachment-rules';
import { Attachments, MultipartRegistration } from '../../attachments/multipart.interceptor';
import { registrationRequest } from '../../attachments/registration-request';
import { Public } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { AccessCodes } from '../../citizen-access/access-codes';
import { CitizenIds } from '../../personal-data';
import { RegisterCaseCommand, type CaseContact } from '../register-case/register-case.command';
import { ApiCommandRefusals, ApiIdempotencyKey } from '../shared/case-command-endpoint';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { CaseRegisteredOnline } from './case-registered-online.answer';
import { CommandHeaders } from './command-headers.decorator';
import { RegisterCaseOnlineDto } from './register-case-online.dto';

@ApiTags('cases')
@Controller('public/cases')
export class RegisterCaseOnlineController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly citizenIds: CitizenIds,
    private readonly accessCodes: AccessCodes,
  ) {}

  @Post()
  @Public()
  @HttpCode(201)
  @UseInterceptors(MultipartRegistration)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({
    summary: 'A citizen submits a case through the web portal',
    description:
      'No account: the citizen acts under the pseudonymous id of their fiscal code or e-mail. ' +
      'As multipart/form-data: the same body as JSON in the part `payload`, up to 3 photos (JPEG, PNG) in `photos` and 3 PDFs in `documents`.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CaseRegisteredOnline, description: 'The reference number to quote, and the acknowledgement.' })
  @ApiCommandRefusals()
  async register(
    @Body() dto: RegisterCaseOnlineDto,
    @CommandHeaders('register-case-online') headers: CommandHeaders,
    @Attachments() attachments: CheckedAttachment[],
  ): Promise<CaseRegisteredOnline> {
    // The portal has no login: the citizen is who their identity says, as on every other case of theirs.
    const context: CommandContext = { ...headers, actor: { id: this.citizenIds.citizenIdFor(dto.citizen), role: 'citizen' } };
    const { id, reference, finalReplyDueDate, acknowledgement } = await this.commands.execute(
      new RegisterCaseCommand({ ...contactFrom(dto), attachments }, context),
      context,
      registrationRequest(dto, attachments),
      201,
    );
    return { reference, finalReplyDueDate, acknowledgement, accessCode: this.accessCodes.codeFor(id) };
  }
}

/** Online, the contact always comes through the web portal, and arrives when it is sent. */
function contactFrom(dto: RegisterCaseOnlineDto): CaseContact {
  return {
    channel: 'web',
    kind: dto.kind ?? null,
    subject: dto.subject ?? null,
    description: dto.description,
    citizen: { ...dto.citizen },
    location: dto.location ?? null,
    point: dto.point ?? null,
  };
}
