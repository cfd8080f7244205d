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

  @ApiProperty({ enum: CASE_KINDS, nullable: true, type: String, description: 'Null until the case is classified.' })
  kind: CaseKind | null;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @ApiProperty({ nullable: true, type: String, example: 'viabilita/buche' })
  subject: string | null;

  @ApiProperty({ enum: OPEN_STATUSES })
  status: OpenStatus;

  @ApiProperty({ nullable: true, type: String, description: 'The sector the case is routed to; null while with the URP.' })
  sectorId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lavori Pubblici', description: "The sector's current name." })
  sectorName: string | null;

  @ApiProperty({ nullable: true, type: String, description: "The sector the case's category suggests for routing; null: none." })
  suggestedSectorId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lavori Pubblici', description: "The suggested sector's current name." })
  suggestedSectorName: string | null;

  @ApiProperty({ description: 'A message of this case (to the citizen or the sector) could not be delivered: reach them another way.' })
  deliveryFailed: boolean;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'Last day for the final reply (Europe/Rome).' })
  finalReplyDueDate: RomeDate;

  @ApiProperty({ description: 'Calendar days from today (Europe/Rome) to the due date: 0 on the day, negative when past.' })
  daysLeft: number;

  @ApiProperty({ enum: SLA_STATES, description: 'Where the final-reply clock stands today.' })
  slaState: SlaState;

  @ApiProperty({ description: 'Days before the due date from which the case counts as due soon (from the charter terms).' })
  dueSoonDays: number;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Last day for the sector to take charge, while awaited.' })
  takeChargeDueDate: RomeDate | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Calendar days left to take charge, while awaited.' })
  takeChargeDaysLeft: number | null;

  @ApiProperty({ description: "The final-reply clock is stopped, waiting for the citizen's information." })
  suspended: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  suspendedSince: string | null;

  @ApiProperty({ description: 'Reminders (solleciti) sent to the current sector.' })
  remindersSent: number;

  @ApiProperty({ description: 'The process manager warned that the current due date is near.' })
  dueSoonWarned: boolean;

  @ApiProperty({ description: 'The process manager marked the current due date as missed.' })
  overdueMarked: boolean;

  @ApiProperty({ description: 'Interim replies sent since the final-reply clock started.' })
  interimReplies: number;

  @ApiProperty({ format: 'date-time' })
  lastActivityAt: string;

  @ApiProperty({ enum: CASE_EVENT_TYPES })
  lastActivityType: CaseEventType;

  @ApiProperty({ description: "Revision of the case stream the row reflects (compare with a command's ETag)." })
  revision: number;
}

export class QueuePageView {
  @ApiProperty({ type: QueueItemView, isArray: true })
  items: QueueItemView[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass it as `cursor` for the next page; null on the last page.' })
  nextCursor: string | null;

  @ApiProperty({ format: 'date', description: 'The day (Europe/Rome) days left and SLA states were computed for.' })
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
