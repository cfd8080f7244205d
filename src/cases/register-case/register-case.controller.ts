import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckedAttachment } from '../../attachments/attachment-rules';
import { Attachments, MultipartRegistration } from '../../attachments/multipart.interceptor';
import { registrationRequest } from '../../attachments/registration-request';
import { Roles } from '../../auth';
import { Command } from '../../command-handling/command-context.decorator';
import type { CommandContext } from '../../command-handling/command-context';
import { ApiCommandRefusals, ApiIdempotencyKey, REVISION_ETAG_HEADER, staffRolesFor } from '../shared/case-command-endpoint';
import { AccessCodes } from '../../citizen-access/access-codes';
import { IdempotentCommandBus } from '../shared/idempotent-command-bus';
import { RevisionETag } from '../shared/revision-etag.interceptor';
import { RegisterCaseCommand, type CaseContact } from './register-case.command';
import { RegisterCaseDto } from './register-case.dto';
import { RegisteredCaseAnswer } from './registered-case.answer';

@ApiTags('cases')
@Controller('cases')
export class RegisterCaseController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly accessCodes: AccessCodes,
  ) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(RevisionETag, MultipartRegistration)
  @ApiConsumes('application/json', 'multipart/form-data')
  @Roles(...staffRolesFor('ReceiveCase'))
  @ApiOperation({
    summary: 'Register a contact received on any channel',
    description:
      'Gives the case the next reference number of the year and records the acknowledgement. ' +
      'The acknowledgement text is returned; delivering it (e-mail, letter) is not done by this service. ' +
      'As multipart/form-data: the same body as JSON in the part `payload`, up to 3 photos (JPEG, PNG) in `photos` and 3 PDFs in `documents`.',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: RegisteredCaseAnswer, headers: REVISION_ETAG_HEADER, description: 'The case, its reference number and the acknowledgement.' })
  @ApiCommandRefusals()
  async register(
    @Body() dto: RegisterCaseDto,
    @Command('register-case') context: CommandContext,
    @Attachments() attachments: CheckedAttachment[],
  ): Promise<RegisteredCaseAnswer> {
    const command = new RegisterCaseCommand({ ...contactFrom(dto), attachments }, context);
    const registered = await this.commands.execute(command, context, registrationRequest(dto, attachments), 201);
    // Computed on each answer, never kept with the stored answer of the Idempotency-Key.
    return { ...registered, accessCode: this.accessCodes.codeFor(registered.id) };
  }
}

function contactFrom(dto: RegisterCaseDto): CaseContact {
  return {
    channel: dto.channel,
    kind: dto.kind ?? null,
    subject: dto.subject ?? null,
    description: dto.description,
    citizen: { ...dto.citizen },
    location: dto.location ?? null,
    point: dto.point ?? null,
    receivedAt: dto.receivedAt,
  };
}
