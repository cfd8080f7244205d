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
  @ApiProperty()
  id: string;

  @ApiProperty({ nullable: true, type: String, example: 'Lavori Pubblici', description: "The sector's current name." })
  name: string | null;
}

export class FinalReplyView {
  @ApiProperty({ format: 'date', description: 'Last day for the final reply (Europe/Rome), as recorded in the events.' })
  dueDate: RomeDate;

  @ApiProperty()
  dueSoonDays: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Calendar days from today to the due date; null once closed or merged.' })
  daysLeft: number | null;

  @ApiProperty({ enum: SLA_STATES, nullable: true, description: 'Where the clock stands today; null once closed or merged.' })
  slaState: SlaState | null;

  @ApiProperty()
  dueSoonWarned: boolean;

  @ApiProperty()
  overdueMarked: boolean;
}

export class TakeChargeView {
  @ApiProperty({ format: 'date', description: 'Last day for the sector to take charge.' })
  dueDate: RomeDate;

  @ApiProperty({ description: 'Calendar days from today to that day: negative when past.' })
  daysLeft: number;
}

export class CitizenView {
  @ApiProperty({ nullable: true, type: String })
  fullName: string | null;

  @ApiProperty({ nullable: true, type: String })
  email: string | null;

  @ApiProperty({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Only for operators and admins.' })
  fiscalCode: string | null;

  @ApiProperty({ nullable: true, type: String })
  address: string | null;
}

export class PersonalDataView {
  @ApiProperty({
    enum: PERSONAL_DATA_ACCESS,
    description: 'What the caller may read: everything (operator, admin), all but the fiscal code (the sector referent), nothing (manager, auditor).',
  })
  access: PersonalDataAccess;

  @ApiProperty({ description: "The citizen's data was erased: the fields read 'dati personali cancellati'." })
  erased: boolean;

  @ApiProperty({ type: CitizenView, nullable: true })
  citizen: CitizenView | null;

  @ApiProperty({ nullable: true, type: String, description: "The citizen's own short title, if they gave one." })
  title: string | null;

  @ApiProperty({ nullable: true, type: String, description: "The citizen's words at receipt." })
  description: string | null;

  @ApiProperty({ nullable: true, type: String })
  location: string | null;
}

export class ActorView {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: 'operator' })
  role: string;

  @ApiProperty({ nullable: true, type: String, example: 'Operatore URP' })
  displayName: string | null;
}

export class TimelineEntryView {
  @ApiProperty({ description: 'Revision of the event in the case stream.' })
  revision: number;

  @ApiProperty({ example: '812/4521', description: 'Global position of the event (commit/prepare).' })
  position: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ enum: CASE_EVENT_TYPES })
  type: CaseEventType;

  @ApiProperty({ format: 'date-time', description: 'When it happened.' })
  occurredAt: string;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded.' })
  recordedAt: string;

  @ApiProperty({ type: ActorView })
  actor: ActorView;

  @ApiProperty({ enum: CHANNELS, nullable: true })
  channel: Channel | null;

  @ApiProperty({ example: 'Assegnata al settore Lavori Pubblici (presa in carico entro il 11/03/2026)' })
  title: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The entry's personal text (description, note, question, reply, comment), for those who may read it.",
  })
  text: string | null;
}

export class CaseDetailView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  @ApiProperty({ description: 'Revision of the last event shown.' })
  revision: number;

  @ApiProperty({ enum: CASE_KINDS, nullable: true })
  kind: CaseKind | null;

  @ApiProperty({ enum: CHANNELS })
  channel: Channel;

  @ApiProperty({ nullable: true, type: String })
  subject: string | null;

  @ApiProperty({ enum: CASE_STATUSES })
  status: CaseStatus;

  @ApiProperty({ type: SectorRefView, nullable: true })
  sector: SectorRefView | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ type: FinalReplyView })
  finalReply: FinalReplyView;

  @ApiProperty({ type: TakeChargeView, nullable: true, description: 'While the sector is awaited to take charge.' })
  takeCharge: TakeChargeView | null;

  @ApiProperty()
  suspended: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  suspendedSince: string | null;

  @ApiProperty({ description: 'Take-charge reminders sent over the whole case, reopenings included.' })
  remindersSent: number;

  @ApiProperty({ description: 'Interim replies sent over the whole case, reopenings included.' })
  interimReplies: number;

  @ApiProperty({ enum: CASE_OUTCOMES, nullable: true })
  outcome: CaseOutcome | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  closedAt: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  mergedIntoCaseId: string | null;

  @ApiProperty({ type: PersonalDataView })
  personalData: PersonalDataView;

  @ApiProperty({ type: TimelineEntryView, isArray: true })
  timeline: TimelineEntryView[];
}
