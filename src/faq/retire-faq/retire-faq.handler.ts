import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FaqWriter } from '../faq-writer';
import type { FaqView } from '../faq-view';
import { RetireFaqCommand } from './retire-faq.command';

@CommandHandler(RetireFaqCommand)
export class RetireFaqHandler implements ICommandHandler<RetireFaqCommand, FaqView> {
  constructor(private readonly faq: FaqWriter) {}

  execute({ faqId, context }: RetireFaqCommand): Promise<FaqView> {
    return this.faq.apply(context, { type: 'RetireFaq', faqId });
  }
}
