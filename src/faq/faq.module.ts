import { Module } from '@nestjs/common';
import { FaqReader } from '../../projections/faq/faq.reader';
import { FaqWriter } from './faq-writer';
import { ListFaqController } from './list-faq/list-faq.controller';
import { PublishFaqController } from './publish-faq/publish-faq.controller';
import { PublishFaqHandler } from './publish-faq/publish-faq.handler';
import { RetireFaqController } from './retire-faq/retire-faq.controller';
import { RetireFaqHandler } from './retire-faq/retire-faq.handler';
import { ReviseFaqController } from './revise-faq/revise-faq.controller';
import { ReviseFaqHandler } from './revise-faq/revise-faq.handler';
import { SearchFaqController } from './search-faq/search-faq.controller';

/**
 * The URP's FAQ: staff publish, revise and retire entries (events, through the shared write
 * path); the public list reads the `faq` projection, registered with the projection runner.
 */
@Module({
  controllers: [ListFaqController, PublishFaqController, ReviseFaqController, RetireFaqController, SearchFaqController],
  providers: [FaqWriter, FaqReader, PublishFaqHandler, ReviseFaqHandler, RetireFaqHandler],
})
export class FaqModule {}
