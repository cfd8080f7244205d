import { ExpectedRevision, NO_STREAM_REVISION } from '../event-store.port';

/** Whether a stream whose last revision is `actual` (-1: no stream) satisfies the appender's expectation. */
export function isExpectedRevisionMet(expected: ExpectedRevision, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === NO_STREAM_REVISION;
    case 'stream_exists':
      return actual > NO_STREAM_REVISION;
    default:
      return actual === expected;
  }
}

/** A number is the revision of the stream's last event; -1 is accepted and means 'no_stream'. */
export function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (typeof expected !== 'number') return;
  if (!Number.isSafeInteger(expected) || expected < NO_STREAM_REVISION) {
    throw new RangeError(`expectedRevision must be an integer >= -1, 'any', 'no_stream' or 'stream_exists'; got ${expected}`);
  }
}

/** The revision the first event of an append takes, when the append happens where the appender expects. */
export function firstRevisionAfter(expected: ExpectedRevision): number | 'anywhere' {
  if (expected === 'no_stream') return 0;
  if (typeof expected === 'number') return expected + 1;
  return 'anywhere';
}
