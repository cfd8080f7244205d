import { Module } from '@nestjs/common';
import { FaqReader } from './faq.reader';
import { ListFaqController } from './list-faq.controller';
import { SearchFaqController } from './search-faq.controller';

/**
 * The FAQ's read side: the staff list and the public search over the `faq` projection (which
 * the projection runner keeps, see app-projections.ts). Needs the global TypeORM DataSource.
 */
@Module({
  controllers: [ListFaqController, SearchFaqController],
  providers: [FaqReader],
})
export class FaqReadModule {}
