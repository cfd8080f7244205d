import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SHA256_PATTERN } from './case-attachment.params';

export class CitizenAttachmentParams {
  @ApiProperty({ example: 'URP-2026-000123' })
  @Matches(/^URP-\d{4}-\d{6}$/i, { message: 'reference must be a reference number like URP-2026-000123' })
  reference: string;

  /** SHA-256 of the file, as listed in the user area. */
  @Matches(SHA256_PATTERN, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;
}
