import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckedAttachment } from '../../attachments/attachment-rules';
import { Attachments, MultipartRegistration } from '../../attachments/multipart.interceptor';
import { registrationRequest } from '../../attachments/registration-request';
import { Roles } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { ApiCommandRefusals, REVISION_ETAG_HEADER, staffRolesFor } from '../shared/case-command-endpoint';
import { AccessCodes } from '../../citizen-access/access-codes';
import { RegisterCaseCommand, type CaseContact } from './register-case.command';
import { categoryCodeOf, RegisterCaseDto } from './register-case.dto';
import { RegisteredCaseAnswer } from './registered-case.answer';
import { Command, CommandEndpoint } from '../../http/command-endpoint';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';

@ApiTags('cases')
@Controller('cases')
export class RegisterCaseController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly accessCodes: AccessCodes,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...staffRolesFor('ReceiveCase'))
  @ApiOperation({
    summary: 'Register a contact received on any channel',
    description:
      'Gives the case the next reference number of the year and records the acknowledgement. ' +
      'The acknowledgement text is returned; delivering it (e-mail, letter) is not done by this service. ' +
      'As multipart/form-data: the same body as JSON in the part `payload`, up to 3 photos (JPEG, PNG) in `photos` and 3 PDFs in `documents`.',
  })
  @ApiCreatedResponse({ type: RegisteredCaseAnswer, headers: REVISION_ETAG_HEADER, description: 'The case, its reference number and the acknowledgement.' })
  @ApiCommandRefusals()
  @CommandEndpoint('register-case')
  // Below @CommandEndpoint so it runs first: the endpoint then reads the parsed payload as the body.
  @UseInterceptors(MultipartRegistration)
  @ApiConsumes('application/json', 'multipart/form-data')
  async register(
    @Body() dto: RegisterCaseDto,
    @Command() requestContext: CommandContext,
    @Attachments() attachments: CheckedAttachment[],
  ): Promise<RegisteredCaseAnswer> {
    const context = { ...requestContext, request: registrationRequest(requestContext.request, attachments) };
    const registered = await this.commands.execute(new RegisterCaseCommand({ ...contactFrom(dto), attachments }, context), context);
    // Computed on each answer, never kept with the stored answer of the Idempotency-Key.
    return { ...registered, accessCode: this.accessCodes.codeFor(registered.id) };
  }
}

function contactFrom(dto: RegisterCaseDto): CaseContact {
  return {
    channel: dto.channel,
    kind: dto.kind ?? null,
    subject: categoryCodeOf(dto),
    title: dto.title ?? null,
    description: dto.description,
    citizen: { ...dto.citizen },
    location: dto.location ?? null,
    point: dto.point ?? null,
    receivedAt: dto.receivedAt,
  };
}
