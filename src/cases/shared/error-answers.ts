/** The bodies of refusals, as src/http/error-filter.ts and src/http/validation.ts write them: for the API docs. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldViolationAnswer {
  @ApiProperty({ example: 'citizen.email', description: 'Dotted path of the field.' })
  field: string;

  @ApiProperty({ example: 'isEmail', description: 'The rule the field broke.' })
  rule: string;

  @ApiProperty()
  message: string;
}

export class ValidationFailedAnswer {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code: string;

  @ApiProperty()
  message: string;

  @ApiProperty({ type: [FieldViolationAnswer] })
  violations: FieldViolationAnswer[];
}

export class RefusalAnswer {
  @ApiProperty({ example: 422 })
  statusCode: number;

  @ApiProperty({ example: 'CASE_CLOSED', description: 'Stable code: clients match on it.' })
  code: string;

  @ApiProperty({ description: 'In English, for staff and logs.' })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'What helps to act: the field at fault, the expected value, and `citizenMessage` (Italian) when the citizen must be told.',
  })
  details?: Record<string, unknown>;
}
