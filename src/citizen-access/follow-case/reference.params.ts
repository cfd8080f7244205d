import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/**
 * A case's reference number as a citizen types it, in either case. Spelled with character
 * classes rather than the `i` flag: the OpenAPI document carries a pattern's source without
 * its flags, so `/^URP-…$/i` would be published as refusing "urp-2026-000123".
 */
export const REFERENCE_PATTERN = /^[Uu][Rr][Pp]-\d{4}-\d{6}$/;

export const ReferenceNumber = () =>
  applyDecorators(
    ApiProperty({ example: 'URP-2026-000123', pattern: REFERENCE_PATTERN.source }),
    Matches(REFERENCE_PATTERN, { message: 'reference must be a reference number like URP-2026-000123' }),
  );

export class ReferenceParams {
  @ReferenceNumber()
  reference: string;
}
