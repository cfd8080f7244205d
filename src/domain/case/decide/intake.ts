/** Receiving a contact, acknowledging it, classifying it. */
import { CASE_KINDS, CHANNELS, REFERENCE_PATTERN, type CaseEvent } from '../../../contracts';
import { isBefore, laterDate, romeDate } from '../../../shared/rome-time';
import { DomainError } from '../../shared/domain-error';
import { optionalText, requireInstant, requireOneOf, requireText } from '../../shared/validation';
import type { AcknowledgeCase, ClassifyCase, ReceiveCase } from '../case-commands';
import { finalReplyDueDateFrom } from '../case-deadlines';
import { finalReplyTermsOf, requireTerms } from '../case-terms';
import type { Case, CaseState } from '../case-state';
import { isIdentified, normalizeCitizenDetails, requireAcceptableContact } from '../citizen-contact-rules';

export function receive(command: ReceiveCase, state: CaseState): CaseEvent[] {
  requireCitizenRegistersOwnCaseOnline(command);
  if (state.status !== 'none') {
    throw new DomainError('CASE_ALREADY_RECEIVED', `Case ${command.caseId} already exists`, { caseId: command.caseId });
  }
  const reference = requireReference(command.reference);
  const citizenId = requireText(command.citizenId, 'citizenId');
  const channel = requireOneOf(command.channel, CHANNELS, 'channel');
  const kind = command.kind == null ? null : requireOneOf(command.kind, CASE_KINDS, 'kind');
  const citizen = normalizeCitizenDetails(command.citizen);
  const identified = isIdentified(citizen);
  if (kind !== null) requireAcceptableContact(kind, channel, identified, command.acceptedKinds);
  const description = requireText(command.description, 'description');
  const receivedAt = receiptInstant(command);
  const finalReplyTerms = finalReplyTermsOf(requireTerms(command.terms));

  return [
    {
      type: 'CaseReceived',
      data: {
        caseId: command.caseId,
        reference,
        citizenId,
        channel,
        kind,
        subject: optionalText(command.subject),
        // Written only when there is one, so older registrations read the same.
        ...optionalField('title', optionalText(command.title)),
        ...optionalField('suggestedSectorId', optionalText(command.suggestedSectorId)),
        citizen,
        description,
        location: optionalText(command.location),
        // Only when given, so events without them keep the shape they always had.
        ...(command.point ? { point: { lat: command.point.lat, lon: command.point.lon } } : {}),
        ...(command.attachments?.length ? { attachments: command.attachments.map((a) => ({ ...a })) } : {}),
        identified,
        submittedBy: command.actor.role === 'citizen' ? 'citizen' : 'urp',
        finalReplyTerms,
        finalReplyDueDate: finalReplyDueDateFrom(romeDate(receivedAt), finalReplyTerms),
        receivedAt,
      },
    },
  ];
}

/** The acknowledgement is sent once. A second one from the process manager is a retry: nothing to do. */
export function acknowledge(command: AcknowledgeCase, state: Case): CaseEvent[] {
  if (state.acknowledged) {
    if (command.actor.role === 'system') return [];
    throw new DomainError('CASE_ALREADY_ACKNOWLEDGED', `Case ${state.caseId} was already acknowledged`, {
      caseId: state.caseId,
    });
  }
  return [
    {
      type: 'CaseAcknowledged',
      data: {
        caseId: state.caseId,
        reference: state.reference,
        channel: requireOneOf(command.channel, CHANNELS, 'channel'),
        acknowledgedAt: command.at,
      },
    },
  ];
}

/**
 * First classification or a correction. The final-reply terms follow the kind, and the due
 * date is recomputed from the clock's start. After an extension the citizen was told a
 * date: it is kept, unless the new kind's terms give the citizen even more time.
 */
export function classify(command: ClassifyCase, state: Case): CaseEvent[] {
  const kind = requireOneOf(command.kind, CASE_KINDS, 'kind');
  const subject = optionalText(command.subject);
  const finalReplyTerms = finalReplyTermsOf(requireTerms(command.terms));
  if (kind === state.kind && subject === state.subject) {
    throw new DomainError(
      'CASE_CLASSIFICATION_UNCHANGED',
      `Case ${state.caseId} is already a ${kind} about ${subject}`,
      { caseId: state.caseId },
    );
  }
  requireAcceptableContact(kind, state.channel, state.identified, command.acceptedKinds);
  const byTerms = finalReplyDueDateFrom(state.clock.startDate, finalReplyTerms, state.clock.suspendedDays);
  const finalReplyDueDate = state.clock.extended ? laterDate(state.clock.dueDate, byTerms) : byTerms;
  const suggested = optionalField('suggestedSectorId', optionalText(command.suggestedSectorId));
  const common = { caseId: state.caseId, kind, subject, ...suggested, finalReplyTerms, finalReplyDueDate };

  if (state.kind === null) {
    return [{ type: 'CaseClassified', data: { ...common, classifiedAt: command.at } }];
  }
  return [
    {
      type: 'CaseReclassified',
      data: { ...common, previousKind: state.kind, previousSubject: state.subject, reclassifiedAt: command.at },
    },
  ];
}

function optionalField<Name extends string>(name: Name, value: string | null): Partial<Record<Name, string>> {
  return value === null ? {} : ({ [name]: value } as Record<Name, string>);
}

function requireCitizenRegistersOwnCaseOnline(command: ReceiveCase): void {
  if (command.actor.role !== 'citizen') return;
  if (command.channel !== 'web') {
    throw new DomainError('CITIZEN_MUST_USE_WEB', 'Citizens register cases themselves only through the web portal', {
      channel: command.channel,
    });
  }
  if (command.citizenId !== command.actor.id) {
    throw new DomainError('CITIZEN_NOT_OWNER', 'A citizen may register a case only in their own name');
  }
}

function requireReference(reference: unknown): string {
  if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) {
    throw new DomainError('INVALID_REFERENCE', `'reference' must look like URP-2026-000123`, { reference });
  }
  return reference;
}

/** When the contact arrived: never after its registration. */
function receiptInstant(command: ReceiveCase): string {
  if (command.receivedAt === undefined) return command.at;
  const receivedAt = requireInstant(command.receivedAt, 'receivedAt');
  if (isBefore(command.at, receivedAt)) {
    throw new DomainError('INVALID_INSTANT', `'receivedAt' cannot be after the registration`, {
      field: 'receivedAt',
      receivedAt,
      at: command.at,
    });
  }
  return receivedAt;
}
