import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '../../auth';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import type { Channel, CitizenDetails } from '../../contracts';
import { caseDecider, formatReference, type Case, type CaseState, type ReceiveCase } from '../../domain';
import { CitizenIds } from '../../personal-data';
import { romeDate, romeYear } from '../../shared/rome-time';
import { CharterTerms } from '../lookups/charter-terms';
import { CaseStreams } from '../shared/case-streams';
import { acknowledgementText } from './acknowledgement-text';
import { ReferenceNumbers } from './reference-numbers';
import { RegisterCaseCommand } from './register-case.command';
import type { RegisteredCase } from './registered-case.answer';

/**
 * Registers a contact: checks the rules, takes the year's next reference number, records
 * the case (personal data sealed), then records the acknowledgement with that number.
 * Sending the acknowledgement (e-mail, letter) is not done here: the text is returned for
 * the operator or the portal to deliver.
 */
@CommandHandler(RegisterCaseCommand)
export class RegisterCaseHandler implements ICommandHandler<RegisterCaseCommand, RegisteredCase> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly references: ReferenceNumbers,
    private readonly charter: CharterTerms,
    private readonly citizenIds: CitizenIds,
  ) {}

  async execute({ contact, context: requestContext }: RegisterCaseCommand): Promise<RegisteredCase> {
    // A new case has no revision a caller could have seen: If-Match does not apply.
    const context: CommandContext = { ...requestContext, expectedRevision: undefined };
    const envelope = this.cases.envelopeFor(context);
    const caseId = caseIdFor(context);
    const citizenId = this.citizenIds.citizenIdFor(contact.citizen);
    const receivedOn = romeDate(contact.receivedAt ?? envelope.at);
    const terms = (await this.charter.lookup())(receivedOn, contact.kind);
    const receive = (reference: string): ReceiveCase => ({
      type: 'ReceiveCase',
      caseId,
      ...envelope,
      reference,
      citizenId,
      ...contact,
      terms,
    });

    // The rules first, with a stand-in number (no rule depends on its value): a refused
    // contact must not take a number and leave a gap in the year's sequence.
    caseDecider.decide(receive(formatReference(romeYear(envelope.at), 0)), caseDecider.initialState());
    const reference = await this.references.reserve(caseId, envelope, context);
    await this.cases.decide(caseId, context, () => receive(reference), 'case');
    const acknowledged = await this.acknowledge(caseId, context, acknowledgementChannel(contact.channel, contact.citizen));

    const state = asCase(acknowledged.state);
    return {
      id: caseId,
      reference,
      revision: acknowledged.revision,
      finalReplyDueDate: state.clock.dueDate,
      acknowledgement: acknowledgementText({ reference, kind: contact.kind, receivedOn, finalReplyDueDate: state.clock.dueDate }),
    };
  }

  /**
   * Recorded by the system, as the process manager would; keyed by the case so that it is
   * recorded once per case whatever retries happen (and a retry finds it done).
   */
  private acknowledge(caseId: string, context: CommandContext, channel: Channel) {
    const systemContext: CommandContext = {
      commandName: 'acknowledge-case',
      actor: SYSTEM_ACTOR,
      correlationId: context.correlationId,
      idempotencyKey: caseId,
    };
    const envelope = this.cases.envelopeFor(systemContext);
    return this.cases.decide(caseId, systemContext, () => ({ type: 'AcknowledgeCase', caseId, ...envelope, channel }), 'acknowledgement');
  }
}

/** From the Idempotency-Key when there is one, so a retried registration names the same case. */
function caseIdFor(context: CommandContext): string {
  return context.idempotencyKey
    ? deterministicUuid('case', context.commandName, context.actor.id, context.idempotencyKey)
    : randomUUID();
}

/** By e-mail when the citizen gave one, otherwise the way the contact came. */
function acknowledgementChannel(channel: Channel, citizen: CitizenDetails): Channel {
  return citizen.email ? 'email' : channel;
}

function asCase(state: CaseState): Case {
  if (state.status === 'none') throw new Error('A case just registered has no events');
  return state;
}
