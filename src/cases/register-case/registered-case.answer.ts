import { ApiProperty } from '@nestjs/swagger';

/** The sector the category suggests for routing: the operator still decides. */
export class SuggestedSector {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Lavori Pubblici' })
  name: string | null;
}

/** What registering a case answers. No personal data: answers are kept in clear for retries. */
export class RegisteredCase {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The case's number, quoted to the citizen. */
  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  /** Revision of the case (also the ETag): registered, then acknowledged. */
  @ApiProperty({ example: 1 })
  revision: number;

  /** The last day for the final reply (Europe/Rome calendar date). */
  @ApiProperty({ example: '2026-04-01' })
  finalReplyDueDate: string;

  /** The acknowledgement told to the citizen (Italian), with the reference number. */
  acknowledgement: string;

  /** The catalogue category of the case. */
  @ApiProperty({ example: 'strade/buche' })
  category: string | null;

  /** The category's default sector; null when none (the URP answers). */
  suggestedSector: SuggestedSector | null;
}

/** What the register endpoint answers: the case, and the citizen's access code (computed per answer, never stored). */
export class RegisteredCaseAnswer extends RegisteredCase {
  /** The citizen's access code to the user area (GET /public/cases/{reference}, header X-Access-Code). Derived, not stored: give it to the citizen once. */
  @ApiProperty({ example: 'K7M4-QX9T-2H' })
  accessCode: string;
}
