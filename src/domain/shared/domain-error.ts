import { DOMAIN_ERROR_CATEGORIES, type DomainErrorCode, type ErrorCategory } from './error-codes';

/**
 * A command refused by a business rule. `code` is stable (clients match on it), `message`
 * is English for staff and logs, `details` carries what helps the caller act: the field
 * at fault, the value expected, and for refusals a citizen must read, `citizenMessage`
 * in Italian.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }

  get category(): ErrorCategory {
    return DOMAIN_ERROR_CATEGORIES[this.code];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export type { DomainErrorCode, ErrorCategory } from './error-codes';
