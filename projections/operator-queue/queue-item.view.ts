/** What GET /queue answers. No personal data: the subject is a catalogue code. */
import { ApiProperty } from '@nestjs/swagger';
import { CASE_EVENT_TYPES, CASE_KINDS, CHANNELS, type CaseEventType, type CaseKind, type Channel, type RomeDate, calendarDaysBetween } from '../../src/read-side';
import { OPEN_STATUSES, type CaseSummary, type OpenStatus } from '../shared/case-summary';
import { finalReplyStanding, SLA_STATES, type SlaState } from '../shared/final-reply-standing';

export class QueueItemView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  /** Null until the case is classified. */
  @ApiProperty({ enum: CASE_KINDS, type: String })
  kind: CaseKind | null;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @ApiProperty({ example: 'viabilita/buche' })
  subject: string | null;

  @ApiProperty({ enum: OPEN_STATUSES })
  status: OpenStatus;

  /** The sector the case is routed to; null while with the URP. */
  sectorId: string | null;

  /** The sector's current name. */
  @ApiProperty({ example: 'Lavori Pubblici' })
  sectorName: string | null;

  /** The sector the case's category suggests for routing; null: none. */
  suggestedSectorId: string | null;

  /** The suggested sector's current name. */
  @ApiProperty({ example: 'Lavori Pubblici' })
  suggestedSectorName: string | null;

  /** A message of this case (to the citizen or the sector) could not be delivered: reach them another way. */
  deliveryFailed: boolean;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  /** Last day for the final reply (Europe/Rome). */
  @ApiProperty({ format: 'date', example: '2026-04-01' })
  finalReplyDueDate: RomeDate;

  /** Calendar days from today (Europe/Rome) to the due date: 0 on the day, negative when past. */
  daysLeft: number;

  /** Where the final-reply clock stands today. */
  @ApiProperty({ enum: SLA_STATES })
  slaState: SlaState;

  /** Days before the due date from which the case counts as due soon (from the charter terms). */
  dueSoonDays: number;

  /** Last day for the sector to take charge, while awaited. */
  @ApiProperty({ format: 'date', type: String })
  takeChargeDueDate: RomeDate | null;

  /** Calendar days left to take charge, while awaited. */
  takeChargeDaysLeft: number | null;

  /** The final-reply clock is stopped, waiting for the citizen's information. */
  suspended: boolean;

  @ApiProperty({ format: 'date-time' })
  suspendedSince: string | null;

  /** Reminders (solleciti) sent to the current sector. */
  remindersSent: number;

  /** The process manager warned that the current due date is near. */
  dueSoonWarned: boolean;

  /** The process manager marked the current due date as missed. */
  overdueMarked: boolean;

  /** Interim replies sent since the final-reply clock started. */
  interimReplies: number;

  @ApiProperty({ format: 'date-time' })
  lastActivityAt: string;

  @ApiProperty({ enum: CASE_EVENT_TYPES })
  lastActivityType: CaseEventType;

  /** Revision of the case stream the row reflects (compare with a command's ETag). */
  revision: number;
}

export class QueuePageView {
  items: QueueItemView[];

  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;

  /** The day (Europe/Rome) days left and SLA states were computed for. */
  @ApiProperty({ format: 'date' })
  today: RomeDate;
}

export interface SuggestedSectorOf {
  sectorId: string | null;
  sectorName: string | null;
}

export function toQueueItem(
  summary: CaseSummary,
  sectorName: string | null,
  today: RomeDate,
  suggested: SuggestedSectorOf = { sectorId: null, sectorName: null },
  deliveryFailed = false,
): QueueItemView {
  const suspended = summary.suspendedSince !== null;
  const standing = finalReplyStanding({ dueDate: summary.finalReplyDueDate, dueSoonDays: summary.dueSoonDays, suspended }, today);
  return {
    caseId: summary.caseId,
    reference: summary.reference,
    kind: summary.kind,
    channel: summary.channel,
    subject: summary.subject,
    status: summary.status as OpenStatus,
    sectorId: summary.sectorId,
    sectorName,
    suggestedSectorId: suggested.sectorId,
    suggestedSectorName: suggested.sectorName,
    deliveryFailed,
    receivedAt: summary.receivedAt,
    finalReplyDueDate: summary.finalReplyDueDate,
    daysLeft: standing.daysLeft,
    slaState: standing.slaState,
    dueSoonDays: summary.dueSoonDays,
    takeChargeDueDate: summary.takeChargeDueDate,
    takeChargeDaysLeft: summary.takeChargeDueDate === null ? null : calendarDaysBetween(today, summary.takeChargeDueDate),
    suspended,
    suspendedSince: summary.suspendedSince,
    remindersSent: summary.remindersSent,
    dueSoonWarned: summary.dueSoonWarnedFor === summary.finalReplyDueDate,
    overdueMarked: summary.overdueMarkedFor === summary.finalReplyDueDate,
    interimReplies: summary.interimReplies,
    lastActivityAt: summary.lastActivityAt,
    lastActivityType: summary.lastActivityType,
    revision: summary.revision,
  };
}
