/**
 * Contract-shaped events of one case, told step by step with explicit times. The events
 * are exactly what the contracts allow (the compiler checks them): the read side is tested
 * against the contracts, not against the write side's code. Due dates follow the terms the
 * way the write side sets them, so `withinDueDate` is what it would have said.
 */
import { randomUUID } from 'node:crypto';
import { type CaseEvent, type CaseKind, type CaseOutcome, type Channel, type Instant, type RomeDate, type SatisfactionScore, addCalendarDays, endOfRomeDay, romeDate } from '../../../src/read-side';

export interface StoryStart {
  caseId?: string;
  kind?: CaseKind | null;
  channel?: Channel;
  receivedAt: Instant;
  finalReplyDays?: number;
}

let references = 0;

export class CaseStory {
  readonly caseId: string;
  readonly citizenId = randomUUID();
  readonly events: CaseEvent[] = [];
  private dueDate: RomeDate;
  private readonly finalReplyDays: number;

  constructor(start: StoryStart) {
    this.caseId = start.caseId ?? randomUUID();
    this.finalReplyDays = start.finalReplyDays ?? 30;
    this.dueDate = addCalendarDays(romeDate(start.receivedAt), this.finalReplyDays);
    this.events.push({
      type: 'CaseReceived',
      data: {
        caseId: this.caseId,
        reference: `URP-2026-${String(++references).padStart(6, '0')}`,
        citizenId: this.citizenId,
        channel: start.channel ?? 'email',
        kind: start.kind === undefined ? 'report' : start.kind,
        subject: 'viabilita/buche',
        citizen: { fullName: 'Mario Rossi', email: 'mario.rossi@example.it' },
        description: 'Una buca profonda davanti al civico 12.',
        location: 'Via Roma 12',
        identified: true,
        submittedBy: 'urp',
        finalReplyTerms: { finalReplyDays: this.finalReplyDays, dueSoonDays: 5 },
        finalReplyDueDate: this.dueDate,
        receivedAt: start.receivedAt,
      },
    });
  }

  classified(kind: CaseKind, at: Instant): this {
    return this.add({
      type: 'CaseClassified',
      data: { caseId: this.caseId, kind, subject: null, finalReplyTerms: { finalReplyDays: this.finalReplyDays, dueSoonDays: 5 }, finalReplyDueDate: this.dueDate, classifiedAt: at },
    });
  }

  routed(sectorId: string, at: Instant, takeChargeDays = 10, previousSectorId: string | null = null): this {
    return this.add({
      type: 'CaseRouted',
      data: {
        caseId: this.caseId,
        citizenId: this.citizenId,
        sectorId,
        previousSectorId,
        note: null,
        takeChargeTerms: { takeChargeDays, reminderRepeatDays: 5 },
        takeChargeDueDate: addCalendarDays(romeDate(at), takeChargeDays),
        routedAt: at,
      },
    });
  }

  reminder(sectorId: string, reminderNumber: number, at: Instant): this {
    return this.add({ type: 'TakeChargeReminderSent', data: { caseId: this.caseId, sectorId, reminderNumber, sentBy: 'process_manager', sentAt: at } });
  }

  takenInCharge(sectorId: string, at: Instant): this {
    return this.add({ type: 'CaseTakenInCharge', data: { caseId: this.caseId, sectorId, takenInChargeAt: at } });
  }

  handedBack(sectorId: string, at: Instant, reason = 'Non di competenza del settore'): this {
    return this.add({ type: 'CaseHandedBack', data: { caseId: this.caseId, citizenId: this.citizenId, sectorId, reason, handedBackAt: at } });
  }

  interimReply(at: Instant, sectorId: string | null = null): this {
    return this.add({
      type: 'InterimReplySent',
      data: { caseId: this.caseId, citizenId: this.citizenId, text: 'Stiamo verificando.', channel: 'email', sentBy: sectorId ? 'sector' : 'urp', sectorId, sentAt: at },
    });
  }

  extended(newDueDate: RomeDate, at: Instant): this {
    const previousDueDate = this.dueDate;
    this.dueDate = newDueDate;
    return this.add({
      type: 'FinalReplyDeadlineExtended',
      data: { caseId: this.caseId, citizenId: this.citizenId, reason: 'Sopralluogo necessario', previousDueDate, newDueDate, extendedAt: at },
    });
  }

  informationRequested(at: Instant): this {
    return this.add({
      type: 'CitizenInformationRequested',
      data: { caseId: this.caseId, citizenId: this.citizenId, question: 'Può indicare il civico?', channel: 'email', requestedAt: at },
    });
  }

  informationReceived(at: Instant, suspendedDays: number): this {
    this.dueDate = addCalendarDays(this.dueDate, suspendedDays);
    return this.add({
      type: 'CitizenInformationReceived',
      data: { caseId: this.caseId, citizenId: this.citizenId, information: 'Civico 12.', suspendedDays, finalReplyDueDate: this.dueDate, receivedAt: at },
    });
  }

  overdueMarked(at: Instant): this {
    return this.add({ type: 'FinalReplyOverdue', data: { caseId: this.caseId, finalReplyDueDate: this.dueDate, markedAt: at } });
  }

  /** The final reply, then the closure a second later: the write side always closes after it. */
  answered(at: Instant, sectorId: string | null = null): this {
    this.add({
      type: 'FinalReplySent',
      data: {
        caseId: this.caseId,
        citizenId: this.citizenId,
        text: 'La buca è stata chiusa.',
        channel: 'email',
        repliedBy: sectorId ? 'sector' : 'urp',
        sectorId,
        finalReplyDueDate: this.dueDate,
        withinDueDate: Date.parse(at) < Date.parse(endOfRomeDay(this.dueDate)),
        sentAt: at,
      },
    });
    return this.closed(new Date(Date.parse(at) + 1000).toISOString());
  }

  closed(at: Instant, outcome: CaseOutcome = 'answered'): this {
    return this.add({ type: 'CaseClosed', data: { caseId: this.caseId, outcome, closedAt: at } });
  }

  reopened(at: Instant): this {
    this.dueDate = addCalendarDays(romeDate(at), this.finalReplyDays);
    return this.add({
      type: 'CaseReopened',
      data: {
        caseId: this.caseId,
        citizenId: this.citizenId,
        reason: 'Il problema si è ripresentato',
        previousOutcome: 'answered',
        finalReplyTerms: { finalReplyDays: this.finalReplyDays, dueSoonDays: 5 },
        finalReplyDueDate: this.dueDate,
        reopenedAt: at,
      },
    });
  }

  feedback(score: SatisfactionScore, at: Instant): this {
    return this.add({ type: 'SatisfactionFeedbackGiven', data: { caseId: this.caseId, citizenId: this.citizenId, score, comment: null, givenAt: at } });
  }

  merged(intoCaseId: string, at: Instant): this {
    return this.add({ type: 'CaseMerged', data: { caseId: this.caseId, intoCaseId, mergedAt: at } });
  }

  unmerged(fromCaseId: string, at: Instant): this {
    return this.add({ type: 'CaseUnmerged', data: { caseId: this.caseId, fromCaseId, unmergedAt: at } });
  }

  private add(event: CaseEvent): this {
    this.events.push(event);
    return this;
  }
}
