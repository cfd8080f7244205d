import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseKind, Channel, CitizenDetails, Instant } from '../../contracts';
import type { RegisteredCase } from './registered-case.answer';

/** What a contact brings, whoever registers it (an operator, or the citizen online). */
export interface CaseContact {
  channel: Channel;
  kind: CaseKind | null;
  subject: string | null;
  description: string;
  citizen: CitizenDetails;
  location: string | null;
  /** When it arrived, if before its registration. */
  receivedAt?: Instant;
}

export class RegisterCaseCommand extends Command<RegisteredCase> {
  constructor(
    readonly contact: CaseContact,
    readonly context: CommandContext,
  ) {
    super();
  }
}
