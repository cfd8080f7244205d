import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

/** An attachment's SHA-256 in hexadecimal, as the URLs carry it. */
export const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;

export class CaseAttachmentsParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class CaseAttachmentParams extends CaseAttachmentsParams {
  /** SHA-256 of the file, as listed. */
  @Matches(SHA256_PATTERN, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;
}
