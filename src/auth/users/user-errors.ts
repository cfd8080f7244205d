export class UserNotFoundError extends Error {
  override readonly name = 'UserNotFoundError';
  constructor(readonly userId: string) {
    super(`User ${userId} does not exist`);
  }
}

/** The user's stream moved between our read and our append. */
export class ConcurrentUserChangeError extends Error {
  override readonly name = 'ConcurrentUserChangeError';
  constructor(readonly userId: string) {
    super(`User ${userId} was changed concurrently; retry`);
  }
}
