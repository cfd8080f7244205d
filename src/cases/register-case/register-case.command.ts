import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CaseKind, Channel, CitizenDetails, Instant } from '../../contracts';
import type { RegisteredCase } from './registered-case.answer';

/** What a contact brings, whoever registers it (an operator, or the citizen online). */
export interface CaseContact {
  channel: Channel;
  kind: CaseKind | null;
  /** The code of a category of the office's catalogue (the events' `subject`). */
  subject: string | null;
  /** The citizen's short title of the matter (sealed like the description). */
  title?: string | null;
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
