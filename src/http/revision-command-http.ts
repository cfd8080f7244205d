/**
 * What every command endpoint answering with a revisioned resource shares over HTTP: the
 * error body, the answer with its revision as ETag, and the OpenAPI description of the
 * request headers and responses. Each resource names only its view and its refusals.
 */
import { applyDecorators, HttpStatus, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiPreconditionFailedResponse,
  ApiProperty,
  ApiResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandAnswer } from '../command-handling/idempotent-answers';

/** An error as every endpoint returns it (see error-filter.ts and validation.ts). */
export class CommandErrorBody {
  @ApiProperty({ example: 422 })
  statusCode: number;

  @ApiProperty({ example: 'SECTOR_DISSOLVED', description: 'Stable code clients match on.' })
  code: string;

  @ApiProperty({ example: 'Sector Tributi was dissolved' })
  message: string;

  @ApiProperty({ required: false, description: 'For 400: one entry per field and rule broken.', example: [{ field: 'slug', rule: 'matches', message: '…' }] })
  violations?: { field: string; rule: string; message: string }[];
}

/** Sends the command's answer (the first one, on a retry) with its revision as ETag. */
export function sendRevisionAnswer<View extends { revision: number }>(response: Response, answer: CommandAnswer<View>): View {
  response.status(answer.statusCode);
  response.setHeader('ETag', `"${answer.body.revision}"`);
  return answer.body;
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
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retrying with the same key returns the first answer and appends nothing more.',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision last seen (its ETag); any other is 412.' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Traces the request through the events it causes.' }),
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
