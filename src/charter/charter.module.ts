import { Module } from '@nestjs/common';
import { AdoptStandardController } from './adopt-standard/adopt-standard.controller';
import { AdoptStandardHandler } from './adopt-standard/adopt-standard.handler';
import { CharterCatalog } from './charter-catalog';
import { GetStandardController } from './get-standard/get-standard.controller';
import { ListStandardsController } from './list-standards/list-standards.controller';
import { RetireStandardController } from './retire-standard/retire-standard.controller';
import { RetireStandardHandler } from './retire-standard/retire-standard.handler';
import { ReviseStandardController } from './revise-standard/revise-standard.controller';
import { ReviseStandardHandler } from './revise-standard/revise-standard.handler';
import { StandardWriter } from './standard-writer';

/**
 * The quality charter (Carta della Qualità dei Servizi): the standards admins record and
 * everyone reads. Exports CharterCatalog, whose standards() feed caseTermsAt and reports.
 * Needs, from global modules: EVENT_STORE, CLOCK, the CommandBus and the shared write path.
 */
@Module({
  controllers: [
    AdoptStandardController,
    ReviseStandardController,
    RetireStandardController,
    ListStandardsController,
    GetStandardController,
  ],
  providers: [CharterCatalog, StandardWriter, AdoptStandardHandler, ReviseStandardHandler, RetireStandardHandler],
  exports: [CharterCatalog],
})
export class CharterModule {}
