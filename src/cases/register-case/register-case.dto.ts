import { applyDecorators } from '@nestjs/common';
import { GeoPointDto, PointField } from '../../place/geo-point.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel } from '../../contracts';
import { CATEGORY_CODE_PATTERN } from '../../domain/category/category-decider';
import { IsInstant } from '../shared/dto-validators';
import { Trim } from '../shared/trim';
import { CitizenDto } from './citizen.dto';

/**
 * The code of a category of the office's catalogue, e.g. 'strade/buche'. Never free text:
 * it is stored in clear for reports, so it must not be able to carry a name; and it must be
 * in the catalogue (GET /api/v1/categories), or the registration is refused with 422.
 */
export const SUBJECT_PATTERN = CATEGORY_CODE_PATTERN;

/** The category code, or (older clients) the same code sent as `subject`. */
export function categoryCodeOf(dto: { category?: string; subject?: string }): string | null {
  return dto.category ?? dto.subject ?? null;
}

/** Fields of a contact with the same rules in the operator's registration and in the citizen's online one. */
export const ContactFields = {
  kind: () =>
    applyDecorators(
      ApiPropertyOptional({ enum: CASE_KINDS, description: 'Absent when the operator cannot tell yet: classify later.' }),
      IsOptional(),
      IsIn(CASE_KINDS),
    ),
  category: () =>
    applyDecorators(
      ApiPropertyOptional({
        example: 'strade/buche',
        maxLength: 100,
        pattern: SUBJECT_PATTERN.source,
        description:
          "The code of a category of the office's catalogue (GET /api/v1/categories), stored in clear. " +
          'Not in the catalogue, retired, or not for this kind: 422 CATEGORY_UNKNOWN, CATEGORY_NOT_IN_FORCE, CATEGORY_NOT_FOR_KIND.',
      }),
      IsOptional(),
      Matches(SUBJECT_PATTERN, { message: "category must be a catalogue code of lowercase words, e.g. 'strade/buche'" }),
      MaxLength(100),
    ),
  subject: () =>
    applyDecorators(
      ApiPropertyOptional({
        deprecated: true,
        example: 'strade/buche',
        maxLength: 100,
        pattern: SUBJECT_PATTERN.source,
        description: 'The former name of `category`, with the same rules; `category` wins when both are sent.',
      }),
      IsOptional(),
      Matches(SUBJECT_PATTERN, { message: "subject must be a catalogue code of lowercase words, e.g. 'strade/buche'" }),
      MaxLength(100),
    ),
  title: () =>
    applyDecorators(
      ApiPropertyOptional({
        example: 'Buca pericolosa in via Roma',
        maxLength: 200,
        description: "A short title in the citizen's words (sealed as personal data, like the description).",
      }),
      IsOptional(),
      Trim(),
      IsString(),
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
  /** How the contact reached the office. */
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ContactFields.kind()
  kind?: CaseKind;

  @ContactFields.category()
  category?: string;

  @ContactFields.subject()
  subject?: string;

  @ContactFields.title()
  title?: string;

  @ContactFields.description()
  description: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen?: CitizenDto;

  @ContactFields.location()
  location?: string;

  @PointField()
  point?: GeoPointDto;

  /** When the contact arrived, if before its registration (a letter, a voicemail); never in the future. Default: now. */
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-01T16:20:00Z' })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}
