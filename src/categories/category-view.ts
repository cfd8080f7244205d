import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, type CaseKind, type RomeDate } from '../contracts';
import { categoryOn, type Category } from '../domain';

/** A category as the catalogue shows it on a day: public, no personal data. */
export class CategoryView {
  /** The code to send as `category` when registering a case. */
  @ApiProperty({ example: 'strade/buche' })
  code: string;

  /** The label a citizen reads (Italian). */
  @ApiProperty({ example: 'Buche e manto stradale' })
  label: string;

  /** The kinds of case the category takes. */
  @ApiProperty({ enum: CASE_KINDS, isArray: true })
  kinds: CaseKind[];

  /** The sector suggested for routing; null: the URP answers. */
  @ApiProperty({ format: 'uuid' })
  defaultSectorId: string | null;

  /** The suggested sector's name. */
  @ApiProperty({ example: 'Lavori Pubblici' })
  defaultSectorName: string | null;

  /** Whether the category takes cases on the day asked. */
  @ApiProperty({ enum: ['active', 'retired'] })
  status: 'active' | 'retired';

  /** The day the version shown applies from. */
  @ApiProperty({ format: 'date' })
  effectiveFrom: RomeDate;

  /** The first day the category takes no case. */
  @ApiProperty({ format: 'date', type: String })
  retiredFrom: RomeDate | null;

  /** Revision of the category (also the ETag). */
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
