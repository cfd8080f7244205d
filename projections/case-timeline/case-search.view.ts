import { ApiProperty } from '@nestjs/swagger';

/** The most hits one search answers. */
export const MAX_RESULTS = 50;

export class CaseSearchHit {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 'URP-2026-000177' }) reference: string;
  status: string;
  kind: string | null;
  channel: string;
  subject: string | null;
  sectorName: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) closedAt: string | null;
  outcome: string | null;
}

export class CaseSearchAnswer {
  /** The reference found in the text, when there was one: then only that case is looked for. */
  reference: string | null;
  @ApiProperty({ description: `At most ${MAX_RESULTS}, newest first.` })
  items: CaseSearchHit[];
}
