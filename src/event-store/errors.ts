import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the appender expected. Maps to HTTP 409/412. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event, or -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(`Stream "${streamName}": expected revision ${String(expected)}, actual ${actual}`);
  }
}

/**
 * The event ids of an append were already used, but not as the very same append at the
 * same place: a retry may only repeat exactly what was first written.
 */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  constructor(
    readonly streamName: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Stream "${streamName}": event ids already used at another position: ${eventIds.join(', ')}`);
  }
}

/** The adapter could not reach its server or the server failed. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}
