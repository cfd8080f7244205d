/** What every sector endpoint shares over HTTP: its path parameters, answer and documentation. */
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
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import type { CommandAnswer } from '../command-handling/idempotent-answers';
import { SectorView } from './sector-view';

export class SectorIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class SectorReferentParams extends SectorIdParams {
  @ApiProperty({ description: 'The referent user id.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  userId: string;
}

/** An error as every endpoint returns it. */
export class SectorErrorBody {
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
export function sendSectorAnswer(response: Response, answer: CommandAnswer<SectorView>): SectorView {
  response.status(answer.statusCode);
  response.setHeader('ETag', `"${answer.body.revision}"`);
  return answer.body;
}

/** The OpenAPI description every sector command shares. */
export function SectorCommandDocs(status: HttpStatus.OK | HttpStatus.CREATED, description: string) {
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
      type: SectorView,
      headers: { ETag: { description: 'The sector revision after the command, e.g. "3".', schema: { type: 'string' } } },
    }),
    ApiBadRequestResponse({ type: SectorErrorBody, description: 'A field or header broke a rule: `violations` names each field and rule.' }),
    ApiNotFoundResponse({ type: SectorErrorBody, description: 'SECTOR_NOT_FOUND.' }),
    ApiPreconditionFailedResponse({ type: SectorErrorBody, description: 'REVISION_MISMATCH: If-Match is not the current revision.' }),
    ApiUnprocessableEntityResponse({ type: SectorErrorBody, description:
        'A rule refused the command and nothing was appended: REFERENT_ALREADY_APPOINTED, REFERENT_NOT_APPOINTED, ' +
        'SECTOR_DISSOLVED, SECTOR_NAME_UNCHANGED, SECTOR_SLUG_TAKEN, IDEMPOTENCY_KEY_REUSED.', }),
  );
}
