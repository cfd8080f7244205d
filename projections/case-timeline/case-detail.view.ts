/** What GET /cases/{id} answers. */
import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  CHANNELS,
  type CaseEventType,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
  type Channel,
  type RomeDate,
} from '../../src/read-side';
import { SLA_STATES, type SlaState } from '../shared/final-reply-standing';
import { PERSONAL_DATA_ACCESS, type PersonalDataAccess } from './personal-data-access';

export class SectorRefView {
  id: string;

  /** The sector's current name. */
  @ApiProperty({ example: 'Lavori Pubblici' })
  name: string | null;
}

export class FinalReplyView {
  /** Last day for the final reply (Europe/Rome), as recorded in the events. */
  @ApiProperty({ format: 'date' })
  dueDate: RomeDate;

  dueSoonDays: number;

  /** Calendar days from today to the due date; null once closed or merged. */
  daysLeft: number | null;

  /** Where the clock stands today; null once closed or merged. */
  @ApiProperty({ enum: SLA_STATES })
  slaState: SlaState | null;

  dueSoonWarned: boolean;

  overdueMarked: boolean;
}

export class TakeChargeView {
  /** Last day for the sector to take charge. */
  @ApiProperty({ format: 'date' })
  dueDate: RomeDate;

  /** Calendar days from today to that day: negative when past. */
  daysLeft: number;
}

export class CitizenView {
  fullName: string | null;

  email: string | null;

  phone: string | null;

  /** Only for operators and admins. */
  fiscalCode: string | null;

  address: string | null;
}

export class PersonalDataView {
  /** What the caller may read: everything (operator, admin), all but the fiscal code (the sector referent), nothing (manager, auditor). */
  @ApiProperty({ enum: PERSONAL_DATA_ACCESS })
  access: PersonalDataAccess;

  /** The citizen's data was erased: the fields read 'dati personali cancellati'. */
  erased: boolean;

  citizen: CitizenView | null;

  /** The citizen's own short title, if they gave one. */
  title: string | null;

  /** The citizen's words at receipt. */
  description: string | null;

  location: string | null;
}

export class ActorView {
  id: string;

  @ApiProperty({ example: 'operator' })
  role: string;

  @ApiProperty({ example: 'Operatore URP' })
  displayName: string | null;
}

export class TimelineEntryView {
  /** Revision of the event in the case stream. */
  revision: number;

  /** Global position of the event (commit/prepare). */
  @ApiProperty({ example: '812/4521' })
  position: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ enum: CASE_EVENT_TYPES })
  type: CaseEventType;

  /** When it happened. */
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  /** When it was recorded. */
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  actor: ActorView;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel | null;

  @ApiProperty({ example: 'Assegnata al settore Lavori Pubblici (presa in carico entro il 11/03/2026)' })
  title: string;

  /** The entry's personal text (description, note, question, reply, comment), for those who may read it. */
  text: string | null;
}

export class CaseDetailView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  /** Revision of the last event shown. */
  revision: number;

  @ApiProperty({ enum: CASE_KINDS })
  kind: CaseKind | null;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  subject: string | null;

  @ApiProperty({ enum: CASE_STATUSES })
  status: CaseStatus;

  sector: SectorRefView | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  finalReply: FinalReplyView;

  /** While the sector is awaited to take charge. */
  takeCharge: TakeChargeView | null;

  suspended: boolean;

  @ApiProperty({ format: 'date-time' })
  suspendedSince: string | null;

  /** Take-charge reminders sent over the whole case, reopenings included. */
  remindersSent: number;

  /** Interim replies sent over the whole case, reopenings included. */
  interimReplies: number;

  @ApiProperty({ enum: CASE_OUTCOMES })
  outcome: CaseOutcome | null;

  @ApiProperty({ format: 'date-time' })
  closedAt: string | null;

  @ApiProperty({ format: 'uuid' })
  mergedIntoCaseId: string | null;

  personalData: PersonalDataView;

  timeline: TimelineEntryView[];
}
