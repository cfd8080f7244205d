import { AttachmentView } from '../../attachments/attachment.view';
import { GeoPointDto } from '../../place/geo-point.dto';
import type { GeoPoint } from '../../contracts';
/** What the citizen's user area shows of a case: no internal note, no staff name, no routing. */
import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, type CaseKind, type RomeDate } from '../../contracts';

export const CITIZEN_MESSAGE_KINDS = [
  'acknowledgement',
  'information_request',
  'information_given',
  'interim_reply',
  'extension',
  'final_reply',
  'directed_elsewhere',
  'feedback_given',
] as const;
export type CitizenMessageKind = (typeof CITIZEN_MESSAGE_KINDS)[number];

export class CitizenMessageView {
  @ApiProperty({ enum: CITIZEN_MESSAGE_KINDS })
  kind: CitizenMessageKind;

  /** Who wrote it: the office, or the citizen (their own answers). */
  @ApiProperty({ enum: ['office', 'citizen'] })
  from: 'office' | 'citizen';

  /** What the message is, in Italian. */
  @ApiProperty({ example: 'Richiesta di integrazione' })
  title: string;

  @ApiProperty({ format: 'date-time' })
  sentAt: string;

  /** The message's text; 'dati personali cancellati' after erasure. */
  text: string | null;
}

export class CitizenRequestView {
  @ApiProperty({ enum: CASE_KINDS })
  kind: CaseKind | null;

  @ApiProperty({ example: 'segnalazione' })
  kindLabel: string | null;

  @ApiProperty({ example: 'viabilita/buche' })
  subject: string | null;

  /** The citizen's own short title, if they gave one. */
  title: string | null;

  /** The citizen's own words at receipt. */
  description: string | null;

  location: string | null;

  /** The point the citizen marked on the map. */
  @ApiProperty({ type: GeoPointDto })
  point: GeoPoint | null;

  /** The photos and PDFs sent; download each with the access code (X-Access-Code). */
  attachments: AttachmentView[];

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;
}

export class CitizenCaseView {
  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  @ApiProperty({ enum: ['in_progress', 'awaiting_citizen', 'closed', 'merged'] })
  state: 'in_progress' | 'awaiting_citizen' | 'closed' | 'merged';

  @ApiProperty({ example: "In lavorazione presso l'ufficio comunale competente." })
  stateText: string;

  /** The last day for the answer (Europe/Rome). While the office waits for the citizen, the date it becomes if they answer today. Null once closed. */
  @ApiProperty({ format: 'date', type: String })
  expectedReplyDate: RomeDate | null;

  @ApiProperty({ example: 'Riceverà la risposta entro il 01/04/2026.' })
  expectedReplyText: string | null;

  request: CitizenRequestView;

  /** Oldest first. */
  messages: CitizenMessageView[];

  /** The question awaiting the citizen, when the office asked one. */
  pendingQuestion: string | null;

  /** The citizen may answer a request for information now. */
  mayAnswerInformation: boolean;

  /** The case is closed and the satisfaction survey of this closure is not answered yet. */
  mayGiveFeedback: boolean;
}
