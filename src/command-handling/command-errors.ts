/** The caller's If-Match revision is not the stream's: 412, nothing appended. */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
  constructor(
    readonly streamName: string,
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(`If-Match revision ${expectedRevision} does not match the current revision ${actualRevision}`);
  }
}

/** Other writers kept changing the stream through every retry: 409, nothing appended. */
export class PersistentConflictError extends Error {
  override readonly name = 'PersistentConflictError';
  constructor(
    readonly streamName: string,
    readonly attempts: number,
  ) {
    super(`Stream "${streamName}" kept changing during ${attempts} attempts; retry the command`);
  }
}

/** The same Idempotency-Key was sent with a different command: 422, nothing appended. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency-Key "${idempotencyKey}" was already used for a different request`);
  }
}

/** The target does not exist (no events in its stream): 404. */
export class StreamNotFoundError extends Error {
  override readonly name = 'StreamNotFoundError';
  constructor(
    readonly streamName: string,
    what = 'Resource',
  ) {
    super(`${what} not found`);
  }
}
