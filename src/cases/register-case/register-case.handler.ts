import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../command-handling/command-context';
import { deterministicUuid } from '../../command-handling/deterministic-id';
import type { Channel, CitizenDetails } from '../../contracts';
import { decideRegistration, initialCaseState, requireCategoryFor, type Case, type CaseState } from '../../domain';
import { CategoryDirectory } from '../../categories/category-directory';
import { ChannelPolicyDirectory } from '../../channel-policy/channel-policy-directory';
import { SectorDirectory } from '../lookups/sector-directory';
import { AttachmentStore } from '../../attachments/attachment-store';
import { CitizenDirectory } from '../../personal-data';
import { romeDate } from '../../shared/rome-time';
import { CharterTerms } from '../lookups/charter-terms';
import { CaseStreams } from '../shared/case-streams';
import { acknowledgementText } from './acknowledgement-text';
import { ReferenceNumbers } from './reference-numbers';
import { RegisterCaseCommand } from './register-case.command';
import type { RegisteredCase } from './registered-case.answer';

/**
 * Registers a contact: decides receipt and acknowledgement once, takes the year's next
 * reference number, and records both events in the case's first append (personal data
 * sealed). Round trips: the counter's append (plus a backwards read of one event when this
 * process does not know the counter's end) and the case's append.
 * Sending the acknowledgement (e-mail, letter) is not done here: the text is returned for
 * the operator or the portal to deliver.
 */
@CommandHandler(RegisterCaseCommand)
export class RegisterCaseHandler implements ICommandHandler<RegisterCaseCommand, RegisteredCase> {
  constructor(
    private readonly cases: CaseStreams,
    private readonly references: ReferenceNumbers,
    private readonly charter: CharterTerms,
    private readonly citizens: CitizenDirectory,
    private readonly categories: CategoryDirectory,
    private readonly channelPolicy: ChannelPolicyDirectory,
    private readonly sectors: SectorDirectory,
    private readonly attachments: AttachmentStore,
  ) {}

  async execute({ contact, context: requestContext, citizenId: resolvedCitizenId }: RegisterCaseCommand): Promise<RegisteredCase> {
    // A new case has no revision a caller could have seen: If-Match does not apply.
    const context: CommandContext = { ...requestContext, expectedRevision: undefined };
    const envelope = this.cases.envelopeFor(context);
    const caseId = caseIdFor(context);
    const receivedAt = contact.receivedAt ?? envelope.at;
    const receivedOn = romeDate(receivedAt);
    // The catalogue and the channel policy as they stood when the contact arrived.
    const category = contact.subject === null ? null : requireCategoryFor(await this.categories.catalogue(), contact.subject, contact.kind, receivedOn);
    const suggestedSectorId = category?.defaultSectorId ?? null;
    // Decided once, before a number is taken: a refused contact leaves no gap in the year's sequence.
    // One person across fiscal code, e-mail and phone: one id, one key, one erasure.
    const citizenId = resolvedCitizenId ?? (await this.citizens.resolve(contact.citizen));
    const { attachments: files = [], ...fields } = contact;
    const decided = decideRegistration(
      {
        type: 'ReceiveCase',
        caseId,
        ...envelope,
        citizenId,
        ...fields,
        attachments: files.map((file) => file.ref),
        terms: (await this.charter.lookup())(receivedOn, contact.kind),
        suggestedSectorId,
        acceptedKinds: (await this.channelPolicy.lookup())(contact.channel, receivedAt),
        acknowledgementChannel: acknowledgementChannel(contact.channel, contact.citizen),
      },
      initialCaseState(),
    );
    // The files before the events that name them (a retry stores nothing new: content-addressed).
    await this.attachments.put(citizenId, files);
    const reference = await this.references.reserve(caseId, envelope, context);
    // Receipt and acknowledgement in the case's first append, on a stream new by construction.
    const registered = await this.cases.start(caseId, context, decided.numbered(reference));

    const state = asCase(registered.state);
    return {
      id: caseId,
      reference,
      revision: registered.revision,
      finalReplyDueDate: state.clock.dueDate,
      acknowledgement: acknowledgementText({ reference, kind: contact.kind, receivedOn, finalReplyDueDate: state.clock.dueDate }),
      category: contact.subject,
      suggestedSector: suggestedSectorId === null ? null : { id: suggestedSectorId, name: await this.sectors.nameOf(suggestedSectorId) },
    };
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
