import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { StandardView } from '../standard-view';
import { StandardWriter } from '../standard-writer';
import { ReviseStandardCommand } from './revise-standard.command';

@CommandHandler(ReviseStandardCommand)
export class ReviseStandardHandler implements ICommandHandler<ReviseStandardCommand, StandardView> {
  constructor(private readonly standards: StandardWriter) {}

  execute({ standardId, indicator, target, effectiveFrom, context }: ReviseStandardCommand): Promise<StandardView> {
    return this.standards.apply(context, { type: 'ReviseStandard', standardId, indicator, target, effectiveFrom });
  }
}
