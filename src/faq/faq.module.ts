import { Module } from '@nestjs/common';
import { FaqWriter } from './faq-writer';
import { PublishFaqController } from './publish-faq/publish-faq.controller';
import { PublishFaqHandler } from './publish-faq/publish-faq.handler';
import { RetireFaqController } from './retire-faq/retire-faq.controller';
import { RetireFaqHandler } from './retire-faq/retire-faq.handler';
import { ReviseFaqController } from './revise-faq/revise-faq.controller';
import { ReviseFaqHandler } from './revise-faq/revise-faq.handler';

/**
 * The URP's FAQ, write side: staff publish, revise and retire entries (events, through the
 * shared write path). The lists (staff and public search) read the `faq` projection and are
 * served by the read side (projections/faq/faq-read.module.ts).
 */
@Module({
  controllers: [PublishFaqController, ReviseFaqController, RetireFaqController],
  providers: [FaqWriter, PublishFaqHandler, ReviseFaqHandler, RetireFaqHandler],
})
export class FaqModule {}
