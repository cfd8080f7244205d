/** What the rest of the application uses from sectors. */
export { SectorsModule } from './sectors.module';
export { SectorCatalog } from './sector-catalog';
export { SectorView, ReferentView } from './sector-view';
export { EstablishSectorCommand } from './establish-sector/establish-sector.command';
export { AppointReferentCommand } from './appoint-referent/appoint-referent.command';
export { RemoveReferentCommand } from './remove-referent/remove-referent.command';
export { RenameSectorCommand } from './rename-sector/rename-sector.command';
export { DissolveSectorCommand } from './dissolve-sector/dissolve-sector.command';
