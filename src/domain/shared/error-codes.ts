/**
 * Every code a decider can refuse a command with, and what kind of refusal it is, so the
 * HTTP layer maps codes to statuses in one place (src/http/error-filter.ts: forbidden 403,
 * not_found 404, invalid and conflict 422; a conflict is a rule the current state breaks,
 * while 409 is kept for concurrent writers). Codes are stable: clients and tests match on them.
 */
export type ErrorCategory = 'forbidden' | 'not_found' | 'conflict' | 'invalid';

export const DOMAIN_ERROR_CATEGORIES = {
  // Who may do what
  ROLE_NOT_ALLOWED: 'forbidden',
  NOT_ROUTED_SECTOR: 'forbidden',
  CITIZEN_NOT_OWNER: 'forbidden',
  CITIZEN_MUST_USE_WEB: 'forbidden',

  // Input
  TEXT_REQUIRED: 'invalid',
  INVALID_VALUE: 'invalid',
  INVALID_INSTANT: 'invalid',
  INVALID_DATE: 'invalid',
  INVALID_TERMS: 'invalid',
  INVALID_REFERENCE: 'invalid',

  // Cases
  CASE_NOT_FOUND: 'not_found',
  CASE_ALREADY_RECEIVED: 'conflict',
  CASE_ANONYMOUS_NOT_ALLOWED: 'invalid',
  CASE_SOCIAL_CHANNEL_NOT_ACCEPTED: 'invalid',
  CASE_CHANNEL_NOT_ACCEPTED: 'invalid',
  CASE_ALREADY_ACKNOWLEDGED: 'conflict',
  CASE_NOT_CLASSIFIED: 'conflict',
  CASE_CLASSIFICATION_UNCHANGED: 'conflict',
  CASE_CLOSED: 'conflict',
  CASE_NOT_CLOSED: 'conflict',
  CASE_MERGED: 'conflict',
  CASE_NOT_MERGED: 'conflict',
  CASE_CANNOT_MERGE_INTO_ITSELF: 'invalid',
  CASE_NOT_ROUTED: 'conflict',
  CASE_ROUTED_TO_SECTOR: 'conflict',
  CASE_ALREADY_ROUTED_TO_SECTOR: 'conflict',
  CASE_ALREADY_TAKEN_IN_CHARGE: 'conflict',
  CASE_NOT_AWAITING_TAKE_CHARGE: 'conflict',
  CASE_ALREADY_SUSPENDED: 'conflict',
  CASE_NOT_SUSPENDED: 'conflict',
  CASE_SUSPENDED: 'conflict',
  FINAL_REPLY_NEEDS_TAKE_CHARGE: 'conflict',
  EXTENSION_REASON_REQUIRED: 'invalid',
  EXTENSION_DATE_NOT_LATER: 'invalid',
  EXTENSION_DATE_IN_PAST: 'invalid',
  EXTENSION_TOO_LONG: 'invalid',
  CLOSE_WITHOUT_REPLY_NOT_ALLOWED: 'conflict',
  FEEDBACK_SCORE_INVALID: 'invalid',
  FEEDBACK_ALREADY_GIVEN: 'conflict',

  // Sectors
  SECTOR_NOT_FOUND: 'not_found',
  SECTOR_ALREADY_ESTABLISHED: 'conflict',
  SECTOR_DISSOLVED: 'conflict',
  SECTOR_NAME_UNCHANGED: 'conflict',
  INVALID_SLUG: 'invalid',
  REFERENT_ALREADY_APPOINTED: 'conflict',
  REFERENT_NOT_APPOINTED: 'conflict',

  // Quality charter
  FAQ_NOT_FOUND: 'not_found',
  FAQ_ALREADY_PUBLISHED: 'conflict',
  FAQ_RETIRED: 'conflict',

  STANDARD_NOT_FOUND: 'not_found',
  STANDARD_ALREADY_ADOPTED: 'conflict',
  STANDARD_RETIRED: 'conflict',
  STANDARD_EFFECTIVE_DATE_NOT_LATER: 'invalid',
  STANDARD_TARGET_MISMATCH: 'invalid',
  INVALID_TARGET: 'invalid',

  // Category catalogue
  CATEGORY_NOT_FOUND: 'not_found',
  CATEGORY_ALREADY_ADDED: 'conflict',
  CATEGORY_RETIRED: 'conflict',
  CATEGORY_EFFECTIVE_DATE_NOT_LATER: 'invalid',
  CATEGORY_UNKNOWN: 'invalid',
  CATEGORY_NOT_IN_FORCE: 'invalid',
  CATEGORY_NOT_FOR_KIND: 'invalid',

  // Users
  USER_NOT_FOUND: 'not_found',
  USER_ALREADY_EXISTS: 'conflict',
  USERNAME_TAKEN: 'conflict',
  SELF_DEACTIVATION: 'conflict',
  WRONG_CURRENT_PASSWORD: 'invalid',

  // Reference numbers
  INVALID_YEAR: 'invalid',
  REFERENCE_YEAR_MISMATCH: 'conflict',
  REFERENCE_SEQUENCE_EXHAUSTED: 'conflict',
} as const satisfies Record<string, ErrorCategory>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CATEGORIES;

export const DOMAIN_ERROR_CODES = Object.keys(DOMAIN_ERROR_CATEGORIES) as readonly DomainErrorCode[];
