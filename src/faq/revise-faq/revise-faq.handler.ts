import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FaqWriter } from '../faq-writer';
import type { FaqView } from '../faq-view';
import { ReviseFaqCommand } from './revise-faq.command';

@CommandHandler(ReviseFaqCommand)
export class ReviseFaqHandler implements ICommandHandler<ReviseFaqCommand, FaqView> {
  constructor(private readonly faq: FaqWriter) {}

  execute({ faqId, question, answer, context }: ReviseFaqCommand): Promise<FaqView> {
    return this.faq.apply(context, { type: 'ReviseFaq', faqId, question, answer });
  }
}
