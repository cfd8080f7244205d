import { ApiProperty } from '@nestjs/swagger';
import type { AttachmentRef } from '../contracts';

/** One file of a case, as listed to staff and to the citizen. */
export class AttachmentView {
  /** SHA-256 of the file: its address. */
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256: string;

  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'application/pdf'] })
  mediaType: AttachmentRef['mediaType'];

  @ApiProperty({ enum: ['photo', 'document'] })
  kind: 'photo' | 'document';

  @ApiProperty({ example: 184_322 })
  bytes: number;

  /** The name the file was sent with (personal data). */
  @ApiProperty({ example: 'buca-via-roma.jpg' })
  name: string;

  /** Where to download it (same authorization as this list). */
  @ApiProperty({ example: '/api/v1/cases/…/attachments/9f86…' })
  href: string;
}

export class CaseAttachmentsView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  /** True when the citizen's personal data, the files with it, was erased. */
  erased: boolean;

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
