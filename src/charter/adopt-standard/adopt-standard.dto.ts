import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { STANDARD_MEASURES, type CaseKind, type StandardMeasure } from '../../contracts';
import { AppliesTo, EffectiveFrom, Indicator, Target, TargetDto } from '../standard-fields';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AdoptStandardDto {
  /** The charter's own label. */
  @ApiProperty({ example: 'URP-02', maxLength: 30 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  code: string;

  @ApiProperty({ example: 'Gestione segnalazioni, reclami e suggerimenti', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  service: string;

  @Indicator()
  indicator: string;

  @ApiProperty({ enum: STANDARD_MEASURES })
  @IsIn(STANDARD_MEASURES)
  measure: StandardMeasure;

  @Target()
  target: TargetDto;

  @AppliesTo()
  appliesTo?: CaseKind[] | null;

  @EffectiveFrom()
  effectiveFrom: string;
}
