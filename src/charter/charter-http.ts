/** What every charter endpoint shares over HTTP beyond src/http: its path parameters and command docs. */
import { HttpStatus } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { RevisionCommandDocs } from '../http/revision-command-http';
import { StandardView } from './standard-view';

export class StandardIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** The OpenAPI description every charter command shares. */
export function StandardCommandDocs(status: HttpStatus.OK | HttpStatus.CREATED, description: string) {
  return RevisionCommandDocs({
    status,
    description,
    view: StandardView,
    resource: 'standard',
    notFoundCode: 'STANDARD_NOT_FOUND',
    refusals: ['STANDARD_TARGET_MISMATCH', 'STANDARD_EFFECTIVE_DATE_NOT_LATER', 'STANDARD_RETIRED', 'STANDARD_CODE_TAKEN'],
  });
}
