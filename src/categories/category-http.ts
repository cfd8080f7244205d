import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CASE_KINDS, type CaseKind } from '../contracts';
import { CATEGORY_CODE_PATTERN } from '../domain';
import { RevisionCommandDocs } from '../http/revision-command-http';
import { RequiredText } from '../cases/shared/dto-fields';
import { IsRomeDate } from '../cases/shared/dto-validators';
import { CategoryView } from './category-view';

const CODE_MESSAGE = "code must be lowercase words separated by '-', '_' or '/', e.g. 'strade/buche'";

export const CategoryCodeField = () =>
  applyDecorators(
    ApiProperty({ example: 'strade/buche', maxLength: 100, pattern: CATEGORY_CODE_PATTERN.source }),
    IsString(),
    MaxLength(100),
    Matches(CATEGORY_CODE_PATTERN, { message: CODE_MESSAGE }),
  );

/** The code in the path: URL-encode the '/' (strade%2Fbuche). */
export class CategoryCodeParams {
  @CategoryCodeField()
  code: string;
}

const EffectiveFromField = () =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date', example: '2026-04-01', description: 'The day (Europe/Rome) the change applies from. Default: today.' }),
    IsOptional(),
    IsRomeDate(),
  );

/** What a category says, with the same rules when added and when revised. */
export class CategoryTermsDto {
  @RequiredText(200, { description: 'The label a citizen reads (Italian).', example: 'Buche e manto stradale' })
  label: string;

  /** The kinds of case the category takes (at least one). */
  @ApiProperty({ enum: CASE_KINDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CASE_KINDS.length)
  @IsIn(CASE_KINDS, { each: true })
  kinds: CaseKind[];

  /** The sector suggested for routing; absent or null: the URP. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  defaultSectorId?: string | null;

  @EffectiveFromField()
  effectiveFrom?: string;
}

export class AddCategoryDto extends CategoryTermsDto {
  @CategoryCodeField()
  code: string;
}

export class RetireCategoryDto {
  @EffectiveFromField()
  effectiveFrom?: string;
}

export const CategoryCommandDocs = (status: HttpStatus.OK | HttpStatus.CREATED, description: string) =>
  RevisionCommandDocs({
    status,
    description,
    view: CategoryView,
    resource: 'category',
    notFoundCode: 'CATEGORY_NOT_FOUND: no such category; SECTOR_NOT_FOUND: no such suggested sector',
    refusals: ['CATEGORY_ALREADY_ADDED', 'CATEGORY_RETIRED', 'CATEGORY_EFFECTIVE_DATE_NOT_LATER', 'SECTOR_DISSOLVED', 'INVALID_VALUE'],
  });
