import { ApiProperty } from '@nestjs/swagger';

/** The sector the category suggests for routing: the operator still decides. */
export class SuggestedSector {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String, example: 'Lavori Pubblici' })
  name: string | null;
}

/** What registering a case answers. No personal data: answers are kept in clear for retries. */
export class RegisteredCase {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'URP-2026-000123', description: "The case's number, quoted to the citizen." })
  reference: string;

  @ApiProperty({ example: 1, description: 'Revision of the case (also the ETag): registered, then acknowledged.' })
  revision: number;

  @ApiProperty({ example: '2026-04-01', description: 'The last day for the final reply (Europe/Rome calendar date).' })
  finalReplyDueDate: string;

  @ApiProperty({ description: 'The acknowledgement told to the citizen (Italian), with the reference number.' })
  acknowledgement: string;

  @ApiProperty({ nullable: true, type: String, example: 'strade/buche', description: 'The catalogue category of the case.' })
  category: string | null;

  @ApiProperty({ nullable: true, type: SuggestedSector, description: "The category's default sector; null when none (the URP answers)." })
  suggestedSector: SuggestedSector | null;
}

/** What the register endpoint answers: the case, and the citizen's access code (computed per answer, never stored). */
export class RegisteredCaseAnswer extends RegisteredCase {
  @ApiProperty({
    example: 'K7M4-QX9T-2H',
    description: "The citizen's access code to the user area (GET /public/cases/{reference}, header X-Access-Code). Derived, not stored: give it to the citizen once.",
  })
  accessCode: string;
}
