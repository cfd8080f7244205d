import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { attachmentViews, CaseAttachmentsView } from './attachment.view';
import { CaseAttachments, type OpenedAttachment } from './case-attachments';
import { CaseAttachmentsParams, CaseAttachmentParams } from './case-attachment.params';

/** The files a citizen sent with a case, for the staff who handle it. */
@ApiTags('cases')
@Controller('cases/:id/attachments')
export class CaseAttachmentsController {
  constructor(private readonly attachments: CaseAttachments) {}

  @Get()
  @Roles('operator', 'referent', 'admin')
  @ApiOperation({
    summary: "The photos and PDFs sent with a case",
    description: "Operators and admins: any case; a referent: the cases routed to the referent's sector. Erased with the citizen's data.",
  })
  @ApiOkResponse({ type: CaseAttachmentsView })
  @ApiNotFoundResponse({ description: "Unknown case; or, for a referent, a case not routed to the referent's sector." })
  async list(@Param() { id }: CaseAttachmentsParams, @CurrentUser() user: AuthenticatedUser): Promise<CaseAttachmentsView> {
    const files = await this.attachments.forStaff(id, user);
    const refs = files.refs === 'erased' ? [] : files.refs;
    return { caseId: id, erased: files.refs === 'erased', attachments: attachmentViews(refs, `/api/v1/cases/${id}/attachments`) };
  }

  @Get(':sha256')
  @Roles('operator', 'referent', 'admin')
  @ApiOperation({ summary: 'Download one file of a case', description: 'The bytes as sent; the type was checked on their content at registration.' })
  @ApiProduces('image/jpeg', 'image/png', 'application/pdf')
  @ApiOkResponse({ description: 'The file.' })
  @ApiNotFoundResponse({ description: 'Unknown case or file, or a case the referent does not see.' })
  @ApiGoneResponse({ description: "PERSONAL_DATA_ERASED: the citizen's data, and the files, were erased." })
  async download(@Param() { id, sha256 }: CaseAttachmentParams, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    const files = await this.attachments.forStaff(id, user);
    sendAttachment(response, await this.attachments.open(files, sha256));
  }
}

/**
 * The file with headers that keep a browser from running it: its checked type, no sniffing,
 * a sandbox, and photos inline (to look at) but PDFs as downloads.
 */
export function sendAttachment(response: Response, { ref, bytes }: OpenedAttachment): void {
  const disposition = ref.mediaType === 'application/pdf' ? 'attachment' : 'inline';
  const ascii = ref.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  response.setHeader('Content-Type', ref.mediaType);
  response.setHeader('Content-Length', String(bytes.length));
  response.setHeader('Content-Disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(ref.name)}`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  response.setHeader('ETag', `"${ref.sha256}"`);
  response.status(200).end(bytes);
}
