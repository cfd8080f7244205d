import { NotFoundException } from '@nestjs/common';

/** Also what a referent gets for another sector's case: its existence is not theirs to learn. */
export function caseNotFound(caseId: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'CASE_NOT_FOUND', message: `Case ${caseId} not found` });
}
