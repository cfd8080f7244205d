import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FaqWriter } from '../faq-writer';
import type { FaqView } from '../faq-view';
import { PublishFaqCommand } from './publish-faq.command';

@CommandHandler(PublishFaqCommand)
export class PublishFaqHandler implements ICommandHandler<PublishFaqCommand, FaqView> {
  constructor(private readonly faq: FaqWriter) {}

  execute({ faqId, question, answer, context }: PublishFaqCommand): Promise<FaqView> {
    return this.faq.apply(context, { type: 'PublishFaq', faqId, question, answer });
  }
}
