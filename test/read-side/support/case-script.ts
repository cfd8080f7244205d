/**
 * Contract-shaped events of one case, told step by step with the defaults of an ordinary
 * case: each step states only what a spec varies. The events are exactly what the contracts
 * allow (the compiler checks them), so the projections are tested against the contracts,
 * not against the write side's code.
 */
import { randomUUID } from 'node:crypto';
import type {
  CaseEvent,
  CaseKind,
  CaseOutcome,
  Channel,
  CitizenDetails,
  Instant,
  RomeDate,
  SectorEvent,
} from '../../../src/contracts';
import { endOfRomeDay, isBefore } from '../../../src/shared/rome-time';

export const FINAL_REPLY_TERMS = { finalReplyDays: 30, dueSoonDays: 5 };
export const TAKE_CHARGE_TERMS = { takeChargeDays: 10, reminderRepeatDays: 5 };

/** 09:00 UTC: the same Rome date all year. */
export const on = (date: RomeDate, time = '09:00'): Instant => `${date}T${time}:00.000Z`;

export interface ReceiptDetails {
  reference?: string;
  channel?: Channel;
  kind?: CaseKind | null;
  subject?: string | null;
  citizen?: CitizenDetails;
  description?: string;
  location?: string | null;
  receivedAt?: Instant;
  finalReplyDueDate?: RomeDate;
  dueSoonDays?: number;
  submittedBy?: 'urp' | 'citizen';
}

export const MARIO: CitizenDetails = {
  fullName: 'Mario Rossi',
  email: 'mario.rossi@example.it',
  phone: '+39 071 000000',
  fiscalCode: 'RSSMRA80A01A271X',
  address: 'Via Roma 1, Ancona',
};

let references = 0;

export class CaseScript {
  readonly caseId: string;
  readonly citizenId: string;

  constructor(ids: { caseId?: string; citizenId?: string } = {}) {
    this.caseId = ids.caseId ?? randomUUID();
    this.citizenId = ids.citizenId ?? randomUUID();
  }

  received(details: ReceiptDetails = {}): CaseEvent {
    const receivedAt = details.receivedAt ?? on('2026-03-02');
    return {
      type: 'CaseReceived',
      data: {
        caseId: this.caseId,
        reference: details.reference ?? `URP-2026-${String(++references).padStart(6, '0')}`,
        citizenId: this.citizenId,
        channel: details.channel ?? 'email',
        kind: details.kind === undefined ? 'report' : details.kind,
        subject: details.subject === undefined ? 'viabilita/buche' : details.subject,
        citizen: details.citizen ?? MARIO,
        description: details.description ?? 'In via Roma, davanti al civico 12, c’è una buca profonda.',
        location: details.location === undefined ? 'Via Roma 12, Ancona' : details.location,
        identified: true,
        submittedBy: details.submittedBy ?? 'urp',
        finalReplyTerms: { ...FINAL_REPLY_TERMS, dueSoonDays: details.dueSoonDays ?? FINAL_REPLY_TERMS.dueSoonDays },
        finalReplyDueDate: details.finalReplyDueDate ?? '2026-04-01',
        receivedAt,
      },
    };
  }

  acknowledged(at = on('2026-03-02', '09:01'), reference = 'URP-2026-000001', channel: Channel = 'email'): CaseEvent {
    return { type: 'CaseAcknowledged', data: { caseId: this.caseId, reference, channel, acknowledgedAt: at } };
  }

  classified(kind: CaseKind, at = on('2026-03-02', '10:00'), finalReplyDueDate = '2026-04-01'): CaseEvent {
    return {
      type: 'CaseClassified',
      data: { caseId: this.caseId, kind, subject: 'viabilita/buche', finalReplyTerms: FINAL_REPLY_TERMS, finalReplyDueDate, classifiedAt: at },
    };
  }

  directedElsewhere(otherBody: string, message: string, at = on('2026-03-03')): CaseEvent {
    return {
      type: 'CaseDirectedElsewhere',
      data: { caseId: this.caseId, citizenId: this.citizenId, otherBody, message, channel: 'email', directedAt: at },
    };
  }

  routed(sectorId: string, at = on('2026-03-03'), takeChargeDueDate = '2026-03-13', previousSectorId: string | null = null, note: string | null = null): CaseEvent {
    return {
      type: 'CaseRouted',
      data: { caseId: this.caseId, citizenId: this.citizenId, sectorId, previousSectorId, note, takeChargeTerms: TAKE_CHARGE_TERMS, takeChargeDueDate, routedAt: at },
    };
  }

  handedBack(sectorId: string, reason: string, at = on('2026-03-04')): CaseEvent {
    return { type: 'CaseHandedBack', data: { caseId: this.caseId, citizenId: this.citizenId, sectorId, reason, handedBackAt: at } };
  }

  takenInCharge(sectorId: string, at = on('2026-03-05')): CaseEvent {
    return { type: 'CaseTakenInCharge', data: { caseId: this.caseId, sectorId, takenInChargeAt: at } };
  }

  reminder(sectorId: string, reminderNumber: number, at = on('2026-03-14'), sentBy: 'urp' | 'process_manager' = 'urp'): CaseEvent {
    return { type: 'TakeChargeReminderSent', data: { caseId: this.caseId, sectorId, reminderNumber, sentBy, sentAt: at } };
  }

  dueSoon(finalReplyDueDate: RomeDate, at = on('2026-03-27', '00:00')): CaseEvent {
    return { type: 'FinalReplyDueSoon', data: { caseId: this.caseId, finalReplyDueDate, warnedAt: at } };
  }

  overdue(finalReplyDueDate: RomeDate, at = on('2026-04-02', '00:00')): CaseEvent {
    return { type: 'FinalReplyOverdue', data: { caseId: this.caseId, finalReplyDueDate, markedAt: at } };
  }

  informationRequested(question: string, at = on('2026-03-06'), channel: Channel = 'email'): CaseEvent {
    return { type: 'CitizenInformationRequested', data: { caseId: this.caseId, citizenId: this.citizenId, question, channel, requestedAt: at } };
  }

  informationReceived(information: string, suspendedDays: number, finalReplyDueDate: RomeDate, at = on('2026-03-09')): CaseEvent {
    return {
      type: 'CitizenInformationReceived',
      data: { caseId: this.caseId, citizenId: this.citizenId, information, suspendedDays, finalReplyDueDate, receivedAt: at },
    };
  }

  interimReply(text: string, at = on('2026-03-10'), sectorId: string | null = null): CaseEvent {
    return {
      type: 'InterimReplySent',
      data: { caseId: this.caseId, citizenId: this.citizenId, text, channel: 'email', sentBy: sectorId ? 'sector' : 'urp', sectorId, sentAt: at },
    };
  }

  extended(previousDueDate: RomeDate, newDueDate: RomeDate, reason: string, at = on('2026-03-20')): CaseEvent {
    return { type: 'FinalReplyDeadlineExtended', data: { caseId: this.caseId, citizenId: this.citizenId, reason, previousDueDate, newDueDate, extendedAt: at } };
  }

  drafted(sectorId: string, text: string, at = on('2026-03-21')): CaseEvent {
    return { type: 'FinalReplyDrafted', data: { caseId: this.caseId, citizenId: this.citizenId, sectorId, text, draftedAt: at } };
  }

  finalReplySent(text: string, finalReplyDueDate: RomeDate, at = on('2026-03-22'), channel: Channel = 'email'): CaseEvent {
    return {
      type: 'FinalReplySent',
      data: {
        caseId: this.caseId,
        citizenId: this.citizenId,
        text,
        channel,
        repliedBy: 'urp',
        sectorId: null,
        finalReplyDueDate,
        withinDueDate: isBefore(at, endOfRomeDay(finalReplyDueDate)),
        sentAt: at,
      },
    };
  }

  closed(outcome: CaseOutcome = 'answered', at = on('2026-03-22', '09:01')): CaseEvent {
    return { type: 'CaseClosed', data: { caseId: this.caseId, outcome, closedAt: at } };
  }

  reopened(reason: string, finalReplyDueDate: RomeDate, at = on('2026-03-25')): CaseEvent {
    return {
      type: 'CaseReopened',
      data: { caseId: this.caseId, citizenId: this.citizenId, reason, previousOutcome: 'answered', finalReplyTerms: FINAL_REPLY_TERMS, finalReplyDueDate, reopenedAt: at },
    };
  }

  feedback(score: 1 | 2 | 3 | 4 | 5, comment: string | null, at = on('2026-03-23')): CaseEvent {
    return { type: 'SatisfactionFeedbackGiven', data: { caseId: this.caseId, citizenId: this.citizenId, score, comment, givenAt: at } };
  }

  merged(intoCaseId: string, at = on('2026-03-04')): CaseEvent {
    return { type: 'CaseMerged', data: { caseId: this.caseId, intoCaseId, mergedAt: at } };
  }

  unmerged(fromCaseId: string, at = on('2026-03-05')): CaseEvent {
    return { type: 'CaseUnmerged', data: { caseId: this.caseId, fromCaseId, unmergedAt: at } };
  }
}

export function sectorEstablished(sectorId: string, name: string, at = on('2026-01-02')): SectorEvent {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { type: 'SectorEstablished', data: { sectorId, name, slug, establishedAt: at } };
}

export function sectorRenamed(sectorId: string, previousName: string, name: string, at = on('2026-03-10')): SectorEvent {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { type: 'SectorRenamed', data: { sectorId, name, slug: slug(name), previousName, previousSlug: slug(previousName), renamedAt: at } };
}
