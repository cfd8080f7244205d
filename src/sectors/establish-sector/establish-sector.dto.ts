import { SectorName, SectorSlug } from '../sector-fields';

export class EstablishSectorDto {
  @SectorName()
  name: string;

  @SectorSlug()
  slug: string;
}
