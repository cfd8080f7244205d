import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { isRomeDate } from '../../shared/rome-time';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: { validate: (value) => isRomeDate(value), defaultMessage: (args) => `${args?.property} must be a real calendar date YYYY-MM-DD` },
  });

export class QualityReportYearParams {
  /** The report year. */
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

/** What a manager records for an anomaly. Texts are Italian: the yearly report publishes them as written. */
export class RecordCorrectiveActionDto {
  /** The charter standard the anomaly concerns, if any. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  standardId?: string | null;

  /** The sector the anomaly concerns, if any. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sectorId?: string | null;

  @ApiProperty({ example: 'Risposte definitive oltre i 25 giorni nel secondo semestre (68% entro i termini).', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  anomaly: string;

  @ApiProperty({ example: 'Incontro mensile con i referenti del settore Tributi e modello di risposta condiviso.', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  action: string;

  /** An office or a role, not a citizen. */
  @ApiProperty({ example: 'Responsabile URP', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  owner: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-30' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}
