import { ApiProperty } from '@nestjs/swagger';
import { SuggestedSector } from '../register-case/registered-case.answer';

/** What the citizen gets back: the number to quote and the acknowledgement, nothing internal. */
export class CaseRegisteredOnline {
  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  @ApiProperty({ example: '2026-04-01', description: 'The last day for the final reply (Europe/Rome calendar date).' })
  finalReplyDueDate: string;

  @ApiProperty({ description: 'The acknowledgement (Italian), with the reference number.' })
  acknowledgement: string;

  @ApiProperty({ nullable: true, type: String, example: 'strade/buche' })
  category: string | null;

  @ApiProperty({ nullable: true, type: SuggestedSector, description: 'The office that usually answers this category.' })
  suggestedSector: SuggestedSector | null;

  @ApiProperty({
    example: 'K7M4-QX9T-2H',
    description: "The citizen's access code to the user area (GET /public/cases/{reference}, header X-Access-Code). Derived, not stored: give it to the citizen once.",
  })
  accessCode: string;
}
