import { ApiProperty } from '@nestjs/swagger';
import type { AttachmentRef } from '../contracts';

/** One file of a case, as listed to staff and to the citizen. */
export class AttachmentView {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the file: its address.' })
  sha256: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'application/pdf'] })
  mediaType: AttachmentRef['mediaType'];

  @ApiProperty({ enum: ['photo', 'document'] })
  kind: 'photo' | 'document';

  @ApiProperty({ example: 184_322 })
  bytes: number;

  @ApiProperty({ example: 'buca-via-roma.jpg', description: 'The name the file was sent with (personal data).' })
  name: string;

  @ApiProperty({ example: '/api/v1/cases/…/attachments/9f86…', description: 'Where to download it (same authorization as this list).' })
  href: string;
}

export class CaseAttachmentsView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ description: "True when the citizen's personal data, the files with it, was erased." })
  erased: boolean;

  @ApiProperty({ type: [AttachmentView] })
  attachments: AttachmentView[];
}

export function attachmentViews(refs: readonly AttachmentRef[], hrefBase: string): AttachmentView[] {
  return refs.map((ref) => ({
    sha256: ref.sha256,
    mediaType: ref.mediaType,
    kind: ref.mediaType === 'application/pdf' ? 'document' : 'photo',
    bytes: ref.bytes,
    name: ref.name,
    href: `${hrefBase}/${ref.sha256}`,
  }));
}
