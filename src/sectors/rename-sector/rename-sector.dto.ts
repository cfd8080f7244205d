import { SectorName, SectorSlug } from '../sector-fields';

export class RenameSectorDto {
  @SectorName()
  name: string;

  @SectorSlug()
  slug: string;
}
