import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { StandardView } from '../standard-view';
import { StandardWriter } from '../standard-writer';
import { RetireStandardCommand } from './retire-standard.command';

@CommandHandler(RetireStandardCommand)
export class RetireStandardHandler implements ICommandHandler<RetireStandardCommand, StandardView> {
  constructor(private readonly standards: StandardWriter) {}

  execute({ standardId, effectiveFrom, context }: RetireStandardCommand): Promise<StandardView> {
    return this.standards.apply(context, { type: 'RetireStandard', standardId, effectiveFrom });
  }
}
