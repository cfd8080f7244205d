import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import type { CheckedAttachment } from '../../attachments/attachment-rules';
import type { CaseKind, Channel, CitizenDetails, GeoPoint, Instant } from '../../contracts';
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
  /** The point on the map, when the citizen marked one. */
  point?: GeoPoint | null;
  /** Photos and PDFs, already checked on their content (src/attachments). */
  attachments?: readonly CheckedAttachment[];
  /** When it arrived, if before its registration. */
  receivedAt?: Instant;
}

export class RegisterCaseCommand extends Command<RegisteredCase> {
  constructor(
    readonly contact: CaseContact,
    readonly context: CommandContext,
    /** The contact's citizen, when the route has already resolved it (a citizen's own registration acts as them). */
    readonly citizenId?: string,
  ) {
    super();
  }
}
