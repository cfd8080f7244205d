import { Module } from '@nestjs/common';
import { AppointReferentController } from './appoint-referent/appoint-referent.controller';
import { AppointReferentHandler } from './appoint-referent/appoint-referent.handler';
import { DissolveSectorController } from './dissolve-sector/dissolve-sector.controller';
import { DissolveSectorHandler } from './dissolve-sector/dissolve-sector.handler';
import { EstablishSectorController } from './establish-sector/establish-sector.controller';
import { EstablishSectorHandler } from './establish-sector/establish-sector.handler';
import { GetSectorController } from './get-sector/get-sector.controller';
import { ListSectorsController } from './list-sectors/list-sectors.controller';
import { RemoveReferentController } from './remove-referent/remove-referent.controller';
import { RemoveReferentHandler } from './remove-referent/remove-referent.handler';
import { RenameSectorController } from './rename-sector/rename-sector.controller';
import { RenameSectorHandler } from './rename-sector/rename-sector.handler';
import { SectorCatalog } from './sector-catalog';
import { SectorWriter } from './sector-writer';

/**
 * The municipal sectors cases are routed to, managed by admins. Needs, from global modules:
 * EVENT_STORE, CLOCK, the CommandBus (CqrsModule.forRoot) and the shared write path.
 */
@Module({
  controllers: [
    EstablishSectorController,
    AppointReferentController,
    RemoveReferentController,
    RenameSectorController,
    DissolveSectorController,
    ListSectorsController,
    GetSectorController,
  ],
  providers: [
    SectorCatalog,
    SectorWriter,
    EstablishSectorHandler,
    AppointReferentHandler,
    RemoveReferentHandler,
    RenameSectorHandler,
    DissolveSectorHandler,
  ],
  exports: [SectorCatalog],
})
export class SectorsModule {}
