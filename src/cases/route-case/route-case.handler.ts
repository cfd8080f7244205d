import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { romeDate } from '../../shared/rome-time';
import { CharterTerms } from '../lookups/charter-terms';
import { SectorDirectory } from '../lookups/sector-directory';
import { CaseStreams } from '../shared/case-streams';
import type { CaseTransitionAnswer } from '../shared/case-transition.answer';
import { RouteCaseCommand } from './route-case.command';

@CommandHandler(RouteCaseCommand)
export class RouteCaseHandler implements ICommandHandler<RouteCaseCommand, CaseTransitionAnswer> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly sectors: SectorDirectory,
    private readonly charter: CharterTerms,
  ) {}

  async execute({ caseId, sectorId, note, context }: RouteCaseCommand): Promise<CaseTransitionAnswer> {
    await this.sectors.requireAcceptingCases(sectorId);
    const termsAt = await this.charter.lookup();
    // The take-charge clock starts now, with the terms in force today.
    return this.cases.transition(caseId, context, (existing, envelope) => ({
      type: 'RouteCase',
      caseId,
      ...envelope,
      sectorId,
      note,
      terms: termsAt(romeDate(envelope.at), existing.kind),
    }));
  }
}
