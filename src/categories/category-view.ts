import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, type CaseKind, type RomeDate } from '../contracts';
import { categoryOn, type Category } from '../domain';

/** A category as the catalogue shows it on a day: public, no personal data. */
export class CategoryView {
  @ApiProperty({ example: 'strade/buche', description: 'The code to send as `category` when registering a case.' })
  code: string;

  @ApiProperty({ example: 'Buche e manto stradale', description: 'The label a citizen reads (Italian).' })
  label: string;

  @ApiProperty({ enum: CASE_KINDS, isArray: true, description: 'The kinds of case the category takes.' })
  kinds: CaseKind[];

  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The sector suggested for routing; null: the URP answers.' })
  defaultSectorId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lavori Pubblici', description: "The suggested sector's name." })
  defaultSectorName: string | null;

  @ApiProperty({ enum: ['active', 'retired'], description: 'Whether the category takes cases on the day asked.' })
  status: 'active' | 'retired';

  @ApiProperty({ format: 'date', description: 'The day the version shown applies from.' })
  effectiveFrom: RomeDate;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The first day the category takes no case.' })
  retiredFrom: RomeDate | null;

  @ApiProperty({ description: 'Revision of the category (also the ETag).' })
  revision: number;
}

/** The version in force on `day`, or (before the first / after retirement) the latest one. */
export function toCategoryView(category: Category, revision: number, day: RomeDate, sectorName: (id: string) => string | null): CategoryView {
  const inForce = categoryOn(category, day);
  const shown = inForce ?? category.versions[category.versions.length - 1];
  return {
    code: category.code,
    label: shown.label,
    kinds: [...shown.kinds],
    defaultSectorId: shown.defaultSectorId,
    defaultSectorName: shown.defaultSectorId === null ? null : sectorName(shown.defaultSectorId),
    status: inForce === null ? 'retired' : 'active',
    effectiveFrom: shown.effectiveFrom,
    retiredFrom: category.retiredFrom,
    revision,
  };
}
