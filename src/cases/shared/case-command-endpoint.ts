import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { isRole, Roles, type Role } from '../../auth';
import { CASE_COMMAND_ROLES, type CaseCommandType } from '../../domain';
import { CaseTransitionAnswer } from './case-transition.answer';
import { RefusalAnswer, ValidationFailedAnswer } from './error-answers';

/** Staff roles allowed by the domain for a command: one source of truth for the guard and the docs. */
export function staffRolesFor(command: CaseCommandType): Role[] {
  return CASE_COMMAND_ROLES[command].filter(isRole);
}

/** How the answer's ETag header is documented. */
export const REVISION_ETAG_HEADER = {
  ETag: { description: 'The revision of the case after the command, e.g. "4".', schema: { type: 'string' } },
};

export const ApiCommandRefusals = () =>
  applyDecorators(
    ApiBadRequestResponse({ type: ValidationFailedAnswer, description: 'A field broke a rule, or is unknown: each violation names the field and the rule.' }),
    ApiNotFoundResponse({ type: RefusalAnswer, description: 'CASE_NOT_FOUND, or SECTOR_NOT_FOUND.' }),
    ApiConflictResponse({ type: RefusalAnswer, description: 'CONCURRENT_MODIFICATION: the case kept changing; retry.' }),
    ApiUnprocessableEntityResponse({ type: RefusalAnswer, description: 'A rule of the case refused the command: `code` says which.' }),
  );

/**
 * A command on an existing case: POST /cases/{id}/<path>, 200 with the new revision and
 * status (also as ETag), open to the staff roles the domain allows for the command
 * (@Roles also documents the bearer token, 401 and 403).
 */
export function CaseCommandEndpoint(path: string, spec: { command: CaseCommandType; summary: string; description?: string }) {
  return applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles(...staffRolesFor(spec.command)),
    ApiOperation({ summary: spec.summary, description: spec.description }),
    ApiOkResponse({ type: CaseTransitionAnswer, headers: REVISION_ETAG_HEADER, description: 'The case after the command.' }),
    ApiPreconditionFailedResponse({ type: RefusalAnswer, description: 'REVISION_MISMATCH: If-Match is not the current revision.' }),
    ApiCommandRefusals(),
  );
}
