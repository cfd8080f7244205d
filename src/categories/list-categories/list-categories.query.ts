import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CASE_KINDS, type CaseKind } from '../../contracts';
import { IsRomeDate } from '../../cases/shared/dto-validators';

export class ListCategoriesQuery {
  /** The catalogue as it reads on this day (Europe/Rome). Default: today. */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsRomeDate()
  on?: string;

  /** Only the categories that take this kind of case. */
  @ApiPropertyOptional({ enum: CASE_KINDS })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  /** Also the categories retired (or not yet in force) that day. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeRetired?: boolean;
}
