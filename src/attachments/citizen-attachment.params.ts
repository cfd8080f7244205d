import { Matches } from 'class-validator';
import { ReferenceNumber } from '../citizen-access/follow-case/reference.params';
import { SHA256_PATTERN } from './case-attachment.params';

export class CitizenAttachmentParams {
  @ReferenceNumber()
  reference: string;

  /** SHA-256 of the file, as listed in the user area. */
  @Matches(SHA256_PATTERN, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;
}
