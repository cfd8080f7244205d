import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth';
import { AccessCode, ApiAccessCode, ClientAddress } from '../citizen-access/follow-case/access-code.header';
import { CitizenCases } from '../citizen-access/follow-case/citizen-cases';
import { sendAttachment } from './attachments.controller';
import { CaseAttachments } from './case-attachments';
import { CitizenAttachmentParams } from './citizen-attachment.params';

/** The citizen downloads a file they sent, with the reference number and the access code. */
@ApiTags('citizen')
@Controller('public/cases/:reference/attachments')
export class CitizenAttachmentsController {
  constructor(
    private readonly cases: CitizenCases,
    private readonly attachments: CaseAttachments,
  ) {}

  @Get(':sha256')
  @Public()
  @ApiOperation({ summary: 'A file the citizen sent with the case', description: 'Opened like the user area: reference number and X-Access-Code.' })
  @ApiAccessCode()
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({ description: 'The file.' })
  @ApiNotFoundResponse({ description: 'Unknown reference, wrong access code, or no such file.' })
  @ApiGoneResponse({ description: 'PERSONAL_DATA_ERASED.' })
  async download(
    @Param() { reference, sha256 }: CitizenAttachmentParams,
    @AccessCode() accessCode: string | undefined,
    @ClientAddress() client: string,
    @Res() response: Response,
  ): Promise<void> {
    const { caseId } = await this.cases.open(reference, accessCode, client);
    const files = await this.attachments.filesOf(caseId);
    if (!files) throw new Error(`Case ${caseId} opened but has no events`);
    sendAttachment(response, await this.attachments.open(files, sha256));
  }
}
