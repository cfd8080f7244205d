/**
 * Stream revisions between the port (plain numbers, -1 for "no stream") and the client
 * (bigint and named constants).
 */
import { ANY, BACKWARDS, END, FORWARDS, NO_STREAM, START, STREAM_EXISTS } from '@eventstore/db-client';
import type {
  AppendExpectedRevision,
  CurrentRevision,
  Direction,
  ReadRevision,
  ReadStreamOptions as ClientReadStreamOptions,
} from '@eventstore/db-client';
import { ExpectedRevision, NO_STREAM_REVISION, ReadDirection, ReadStreamOptions } from '../event-store.port';

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      // -1 is the port's own "no event yet" (WrongExpectedVersionError.actual), so a caller may pass it back.
      if (expected === NO_STREAM_REVISION) return NO_STREAM;
      return BigInt(requireRevision(expected, 'expectedRevision'));
  }
}

/** The revision the stream reports, as the port's number: -1 when the stream does not exist. */
export function fromClientCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? NO_STREAM_REVISION : Number(current);
}

export function toClientDirection(direction: ReadDirection): Direction {
  return direction === 'backwards' ? BACKWARDS : FORWARDS;
}

/** The client always defaults to START, so a backwards read must be told to start at the end. */
export function toClientReadStreamOptions(options: ReadStreamOptions): ClientReadStreamOptions {
  const direction = options.direction ?? 'forwards';
  const fromRevision = options.fromRevision ?? (direction === 'backwards' ? 'end' : 'start');
  const clientOptions: ClientReadStreamOptions = {
    direction: toClientDirection(direction),
    fromRevision: toClientReadRevision(fromRevision),
  };
  if (options.maxCount !== undefined) clientOptions.maxCount = requireCount(options.maxCount);
  return clientOptions;
}

export function toClientReadRevision(revision: number | 'start' | 'end'): ReadRevision {
  if (revision === 'start') return START;
  if (revision === 'end') return END;
  return BigInt(requireRevision(revision, 'fromRevision'));
}

function requireRevision(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer (got ${value})`);
  }
  return value;
}

export function requireCount(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`maxCount must be a non-negative integer (got ${value})`);
  }
  return value;
}

/** Whether a stream whose last revision is `current` (-1: no stream) satisfies the appender's expectation. */
export function isExpectedRevisionMet(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === NO_STREAM_REVISION;
    case 'stream_exists':
      return current > NO_STREAM_REVISION;
    default:
      return current === expected;
  }
}
