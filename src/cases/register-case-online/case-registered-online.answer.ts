import { ApiProperty } from '@nestjs/swagger';

/** What the citizen gets back: the number to quote and the acknowledgement, nothing internal. */
export class CaseRegisteredOnline {
  @ApiProperty({ example: 'URP-2026-000123' })
  reference: string;

  @ApiProperty({ example: '2026-04-01', description: 'The last day for the final reply (Europe/Rome calendar date).' })
  finalReplyDueDate: string;

  @ApiProperty({ description: 'The acknowledgement (Italian), with the reference number.' })
  acknowledgement: string;
}
