import { DomainError } from '../../domain/shared/domain-error';

/** 404 USER_NOT_FOUND through the one error mapping (src/http/error-filter.ts). */
export class UserNotFoundError extends DomainError {
  constructor(readonly userId: string) {
    super('USER_NOT_FOUND', `User ${userId} does not exist`, { userId });
  }
}
