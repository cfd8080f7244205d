/** What every charter endpoint shares over HTTP: its path parameters, answer and documentation. */
import { applyDecorators, HttpStatus } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiPreconditionFailedResponse,
  ApiProperty,
  ApiResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { CommandAnswer } from '../command-handling/idempotent-answers';
import { StandardView } from './standard-view';

export class StandardIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** An error as every charter endpoint returns it. */
export class CharterErrorBody {
  @ApiProperty({ example: 422 })
  statusCode: number;

  @ApiProperty({ example: 'STANDARD_TARGET_MISMATCH', description: 'Stable code clients match on.' })
  code: string;

  @ApiProperty({ example: 'A min_share target does not fit the measure final_reply_days' })
  message: string;

  @ApiProperty({ required: false, description: 'For 400: one entry per field and rule broken.', example: [{ field: 'effectiveFrom', rule: 'matches', message: '…' }] })
  violations?: { field: string; rule: string; message: string }[];
}

/** Sends the command's answer (the first one, on a retry) with its revision as ETag. */
export function sendStandardAnswer(response: Response, answer: CommandAnswer<StandardView>): StandardView {
  response.status(answer.statusCode);
  response.setHeader('ETag', `"${answer.body.revision}"`);
  return answer.body;
}

/** The OpenAPI description every charter command shares. */
export function StandardCommandDocs(status: HttpStatus.OK | HttpStatus.CREATED, description: string) {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retrying with the same key returns the first answer and appends nothing more.',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision last seen (its ETag); any other is 412.' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Traces the request through the events it causes.' }),
    ApiResponse({
      status,
      description,
      type: StandardView,
      headers: { ETag: { description: 'The standard revision after the command, e.g. "1".', schema: { type: 'string' } } },
    }),
    ApiBadRequestResponse({ type: CharterErrorBody, description: 'A field or header broke a rule: `violations` names each field and rule.' }),
    ApiNotFoundResponse({ type: CharterErrorBody, description: 'STANDARD_NOT_FOUND.' }),
    ApiPreconditionFailedResponse({ type: CharterErrorBody, description: 'REVISION_MISMATCH: If-Match is not the current revision.' }),
    ApiUnprocessableEntityResponse({
      type: CharterErrorBody,
      description:
        'A rule refused the command and nothing was appended: STANDARD_TARGET_MISMATCH, STANDARD_EFFECTIVE_DATE_NOT_LATER, ' +
        'STANDARD_RETIRED, STANDARD_CODE_TAKEN, IDEMPOTENCY_KEY_REUSED.',
    }),
  );
}
