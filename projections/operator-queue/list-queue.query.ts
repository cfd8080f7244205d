import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel } from '../../src/read-side';
import { OPEN_STATUSES, type OpenStatus } from '../shared/case-summary';
import { SLA_STATES, type SlaState } from '../shared/final-reply-standing';
import { IsNotBefore, IsRomeDate } from '../shared/query-validators';
import { decodeQueueCursor } from './queue-cursor';
import { DEFAULT_QUEUE_SORT, QUEUE_SORTS, type QueueSort } from './queue-order';

export const MAX_QUEUE_PAGE = 200;
export const DEFAULT_QUEUE_PAGE = 50;

/** The cursor must come from a page of the same sort. */
function IsQueueCursor(): PropertyDecorator {
  return ValidateBy({
    name: 'isQueueCursor',
    validator: {
      validate: (value, args) => {
        const sort = (args?.object as ListQueueQuery).sort ?? DEFAULT_QUEUE_SORT;
        return typeof value === 'string' && (QUEUE_SORTS as readonly string[]).includes(sort) && decodeQueueCursor(value, sort) !== null;
      },
      defaultMessage: () => 'cursor must be the nextCursor of a previous page with the same sort',
    },
  });
}

export class ListQueueQuery {
  @ApiPropertyOptional({ enum: OPEN_STATUSES })
  @IsOptional()
  @IsIn(OPEN_STATUSES)
  status?: OpenStatus;

  /** Ignored for referents: they always get their own sector. */
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  sectorId?: string;

  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  /** Where the final-reply clock stands today. */
  @ApiPropertyOptional({ enum: SLA_STATES })
  @IsOptional()
  @IsIn(SLA_STATES)
  slaState?: SlaState;

  /** Received on or after this day (Europe/Rome). */
  @ApiPropertyOptional({ format: 'date', example: '2026-03-01' })
  @IsOptional()
  @IsRomeDate()
  receivedFrom?: string;

  /** Received on or before this day (Europe/Rome). */
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31' })
  @IsOptional()
  @IsRomeDate()
  @IsNotBefore('receivedFrom')
  receivedTo?: string;

  /** Text found anywhere in the reference or the subject, ignoring case (at least 3 characters). */
  @ApiPropertyOptional({ minLength: 3, maxLength: 100, example: 'buche' })
  @IsOptional()
  @IsString()
  @Length(3, 100)
  q?: string;

  /** true: only cases with a message that could not be delivered (permanently); false: only cases without. */
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  deliveryFailed?: 'true' | 'false';

  /** urgency: running clocks first, earliest due date first (overdue first); receivedAt: oldest first; -receivedAt: newest first. */
  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: DEFAULT_QUEUE_SORT })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_QUEUE_PAGE, default: DEFAULT_QUEUE_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_QUEUE_PAGE)
  limit?: number;

  /** The nextCursor of the previous page (same filters and sort). */
  @IsOptional()
  @IsQueueCursor()
  cursor?: string;
}
