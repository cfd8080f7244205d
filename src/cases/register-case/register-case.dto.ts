import { applyDecorators } from '@nestjs/common';
import { GeoPointDto, PointField } from '../../place/geo-point.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel } from '../../contracts';
import { IsInstant } from '../shared/dto-validators';
import { Trim } from '../shared/trim';
import { CitizenDto } from './citizen.dto';

/**
 * A topic label from the office's catalogue, e.g. 'viabilita/buche'. Never free text: the
 * subject is stored in clear for reports, so it must not be able to carry a name.
 */
export const SUBJECT_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_][a-z0-9]+)*)*$/;

/** Fields of a contact with the same rules in the operator's registration and in the citizen's online one. */
export const ContactFields = {
  kind: () =>
    applyDecorators(
      ApiPropertyOptional({ enum: CASE_KINDS, description: 'Absent when the operator cannot tell yet: classify later.' }),
      IsOptional(),
      IsIn(CASE_KINDS),
    ),
  subject: () =>
    applyDecorators(
      ApiPropertyOptional({
        example: 'viabilita/buche',
        maxLength: 200,
        pattern: SUBJECT_PATTERN.source,
        description: "A topic label from the office's catalogue, stored in clear: never personal data.",
      }),
      IsOptional(),
      Matches(SUBJECT_PATTERN, { message: "subject must be a topic label of lowercase words, e.g. 'viabilita/buche'" }),
      MaxLength(200),
    ),
  description: () =>
    applyDecorators(
      ApiProperty({
        example: 'In via Roma, davanti al civico 12, c’è una buca profonda.',
        maxLength: 10_000,
        description: "The citizen's words (sealed as personal data).",
      }),
      Trim(),
      IsString(),
      IsNotEmpty(),
      MaxLength(10_000),
    ),
  location: () =>
    applyDecorators(
      ApiPropertyOptional({ example: 'Via Roma 12, Ancona', maxLength: 500, description: "Where the problem is, in the citizen's words (sealed)." }),
      IsOptional(),
      Trim(),
      IsString(),
      MaxLength(500),
    ),
};

export class RegisterCaseDto {
  @ApiProperty({ enum: CHANNELS, description: 'How the contact reached the office.' })
  @IsIn(CHANNELS)
  channel: Channel;

  @ContactFields.kind()
  kind?: CaseKind;

  @ContactFields.subject()
  subject?: string;

  @ContactFields.description()
  description: string;

  @ApiPropertyOptional({ type: CitizenDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen?: CitizenDto;

  @ContactFields.location()
  location?: string;

  @PointField()
  point?: GeoPointDto;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-03-01T16:20:00Z',
    description: 'When the contact arrived, if before its registration (a letter, a voicemail); never in the future. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}
