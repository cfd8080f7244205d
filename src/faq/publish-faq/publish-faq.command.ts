import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { FaqView } from '../faq-view';

export class PublishFaqCommand extends Command<FaqView> {
  constructor(
    readonly faqId: string,
    readonly question: string,
    readonly answer: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
