/** The validation of a sector's name and slug, shared by establishing and renaming. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const SectorName = () =>
  applyDecorators(
    ApiProperty({ example: 'Lavori Pubblici', maxLength: 120 }),
    Transform(trim),
    IsString(),
    IsNotEmpty(),
    MaxLength(120),
  );

export const SectorSlug = () =>
  applyDecorators(
    ApiProperty({ example: 'lavori-pubblici', pattern: SLUG_PATTERN.source, maxLength: 60 }),
    IsString(),
    Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens, e.g. lavori-pubblici' }),
    MaxLength(60),
  );
