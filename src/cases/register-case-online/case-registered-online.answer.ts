import { ApiProperty } from '@nestjs/swagger';
import { SuggestedSector } from '../register-case/registered-case.answer';

/** What the citizen gets back: the number to quote and the acknowledgement, nothing internal. */
export class CaseRegisteredOnline {
  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  /** The last day for the final reply (Europe/Rome calendar date). */
  @ApiProperty({ example: '2026-04-01' })
  finalReplyDueDate: string;

  /** The acknowledgement (Italian), with the reference number. */
  acknowledgement: string;

  @ApiProperty({ example: 'strade/buche' })
  category: string | null;

  /** The office that usually answers this category. */
  suggestedSector: SuggestedSector | null;

  /** The citizen's access code to the user area (GET /public/cases/{reference}, header X-Access-Code). Derived, not stored: give it to the citizen once. */
  @ApiProperty({ example: 'K7M4-QX9T-2H' })
  accessCode: string;
}
