import { ApiProperty } from '@nestjs/swagger';
import type { Sector } from '../domain';

export class ReferentView {
  @ApiProperty({ example: '5a0c6f3e-2c1b-4f7e-9d1a-0b1c2d3e4f50' })
  userId: string;

  @ApiProperty({ example: 'Giulia Bianchi' })
  displayName: string;
}

/** A sector as the API shows it; `revision` is what If-Match expects. */
export class SectorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Lavori Pubblici' })
  name: string;

  @ApiProperty({ example: 'lavori-pubblici' })
  slug: string;

  /** A dissolved sector receives no more cases; its history stays. */
  dissolved: boolean;

  referents: ReferentView[];

  /** Revision of the sector stream: send it back as If-Match. */
  @ApiProperty({ example: 2 })
  revision: number;
}

export function toSectorView(sector: Sector, revision: number): SectorView {
  return {
    id: sector.sectorId,
    name: sector.name,
    slug: sector.slug,
    dissolved: sector.status === 'dissolved',
    referents: Object.entries(sector.referents)
      .map(([userId, displayName]) => ({ userId, displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'it')),
    revision,
  };
}
