/** The bodies of refusals, as src/http/error-filter.ts and src/http/validation.ts write them: for the API docs. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldViolationAnswer {
  /** Dotted path of the field. */
  @ApiProperty({ example: 'citizen.email' })
  field: string;

  /** The rule the field broke. */
  @ApiProperty({ example: 'isEmail' })
  rule: string;

  message: string;
}

export class ValidationFailedAnswer {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code: string;

  message: string;

  violations: FieldViolationAnswer[];
}

export class RefusalAnswer {
  @ApiProperty({ example: 422 })
  statusCode: number;

  /** Stable code: clients match on it. */
  @ApiProperty({ example: 'CASE_CLOSED' })
  code: string;

  /** In English, for staff and logs. */
  message: string;

  /** What helps to act: the field at fault, the expected value, and `citizenMessage` (Italian) when the citizen must be told. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
}
