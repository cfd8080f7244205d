import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CharterCatalog } from '../charter-catalog';
import { StandardCodeTakenError } from '../standard-code-taken';
import type { StandardView } from '../standard-view';
import { StandardWriter } from '../standard-writer';
import { AdoptStandardCommand } from './adopt-standard.command';

@CommandHandler(AdoptStandardCommand)
export class AdoptStandardHandler implements ICommandHandler<AdoptStandardCommand, StandardView> {
  constructor(
    private readonly catalog: CharterCatalog,
    private readonly standards: StandardWriter,
  ) {}

  async execute({ standardId, standard, context }: AdoptStandardCommand): Promise<StandardView> {
    const holder = await this.catalog.holderOfCode(standard.code, standardId);
    if (holder) throw new StandardCodeTakenError(standard.code, holder.standardId);
    return this.standards.apply(context, { type: 'AdoptStandard', standardId, ...standard });
  }
}
