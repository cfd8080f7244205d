import { UnprocessableEntityException } from '@nestjs/common';

/**
 * Slugs name sectors in URLs and in the demo referents' usernames, so two sectors never
 * share one, not even with a dissolved sector. Checked against the catalog before
 * deciding: the sector decider sees one stream only.
 */
export class SectorSlugTakenError extends UnprocessableEntityException {
  constructor(slug: string, holder: { id: string; name: string }) {
    super({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'SECTOR_SLUG_TAKEN',
      message: `The slug ${slug} is already used by the sector ${holder.name}`,
      details: { slug, sectorId: holder.id },
    });
  }
}
