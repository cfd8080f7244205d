import { Module } from '@nestjs/common';
import { AttachmentStore } from './attachment-store';
import { CaseAttachmentsController } from './attachments.controller';
import { CaseAttachments } from './case-attachments';
import { MultipartRegistration } from './multipart.interceptor';

/**
 * Citizens' photos and PDFs: checked on their content, kept encrypted under the citizen's key
 * in PostgreSQL, opened by the staff who handle the case. The registration slices use the
 * store and the multipart interceptor; the citizen's download lives with the user area.
 */
@Module({
  controllers: [CaseAttachmentsController],
  providers: [AttachmentStore, CaseAttachments, MultipartRegistration],
  exports: [AttachmentStore, CaseAttachments, MultipartRegistration],
})
export class AttachmentsModule {}
