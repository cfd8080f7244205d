/**
 * What every command endpoint answering with a revisioned resource shares over HTTP: the
 * error body and the OpenAPI description of the responses (@CommandEndpoint documents the
 * request headers and sends the ETag). Each resource names only its view and its refusals.
 */
import { applyDecorators, HttpStatus, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiPreconditionFailedResponse,
  ApiProperty,
  ApiResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FieldViolationAnswer } from '../cases/shared/error-answers';

/** An error as every endpoint returns it (see error-filter.ts and validation.ts). */
export class CommandErrorBody {
  @ApiProperty({ example: 422 })
  statusCode: number;

  /** Stable code clients match on. */
  @ApiProperty({ example: 'SECTOR_DISSOLVED' })
  code: string;

  @ApiProperty({ example: 'Sector Tributi was dissolved' })
  message: string;

  /** For 400: one entry per field and rule broken. */
  @ApiProperty({ example: [{ field: 'slug', rule: 'matches', message: '…' }] })
  violations?: FieldViolationAnswer[];
}

export interface RevisionCommandDocsOptions {
  status: HttpStatus.OK | HttpStatus.CREATED;
  description: string;
  view: Type<unknown>;
  /** e.g. 'sector', for "The sector revision after the command". */
  resource: string;
  notFoundCode: string;
  /** Domain codes a rule may refuse the command with (422). */
  refusals: readonly string[];
}

export function RevisionCommandDocs(options: RevisionCommandDocsOptions) {
  return applyDecorators(
    ApiResponse({
      status: options.status,
      description: options.description,
      type: options.view,
      headers: { ETag: { description: `The ${options.resource} revision after the command, e.g. "3".`, schema: { type: 'string' } } },
    }),
    ApiBadRequestResponse({ type: CommandErrorBody, description: 'A field or header broke a rule: `violations` names each field and rule.' }),
    ApiNotFoundResponse({ type: CommandErrorBody, description: `${options.notFoundCode}.` }),
    ApiPreconditionFailedResponse({ type: CommandErrorBody, description: 'REVISION_MISMATCH: If-Match is not the current revision.' }),
    ApiUnprocessableEntityResponse({
      type: CommandErrorBody,
      description: `A rule refused the command and nothing was appended: ${[...options.refusals, 'IDEMPOTENCY_KEY_REUSED'].join(', ')}.`,
    }),
  );
}
