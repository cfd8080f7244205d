import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { RomeDate } from '../../contracts';
import { IsRomeDate } from '../shared/dto-validators';
import { Trim } from '../shared/trim';

export class ExtendFinalReplyDeadlineDto {
  /** The new last day for the final reply (Europe/Rome). */
  @ApiProperty({ example: '2026-04-30' })
  @IsRomeDate()
  newDueDate: RomeDate;

  /** Why more time is needed, as told to the citizen. Required by the rule: without it, 422 EXTENSION_REASON_REQUIRED. */
  // Optional here on purpose: a missing or blank reason is the rule EXTENSION_REASON_REQUIRED (422), not a malformed request.
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
