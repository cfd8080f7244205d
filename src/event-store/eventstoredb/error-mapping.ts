/**
 * Client errors -> port errors. Only what the port has a word for is translated: a concurrency
 * conflict becomes WrongExpectedVersionError, a server that cannot be reached or that failed
 * becomes EventStoreUnavailableError. Anything else (access denied, deleted stream, bad
 * argument) is a bug or a misconfiguration and is left as it is, so it surfaces unchanged.
 */
import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  convertToCommandError,
  isCommandError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors';
import { ExpectedRevision } from '../event-store.port';
import { fromClientCurrentRevision } from './revisions';

/** gRPC status codes meaning "no answer" or "the server failed": CANCELLED, UNKNOWN, DEADLINE_EXCEEDED, ABORTED, INTERNAL, UNAVAILABLE. */
const UNAVAILABLE_GRPC_CODES: ReadonlySet<number> = new Set([1, 2, 4, 10, 13, 14]);

const UNAVAILABLE_CLIENT_ERRORS = [
  UnavailableError,
  DeadlineExceededError,
  TimeoutError,
  NotLeaderError,
  CancelledError,
  UnknownError,
] as const;

export function toPortAppendError(error: unknown, streamName: string, expected: ExpectedRevision): unknown {
  const normalized = asClientError(error);
  if (normalized instanceof ClientWrongExpectedVersionError) {
    return new WrongExpectedVersionError(streamName, expected, fromClientCurrentRevision(normalized.actualVersion));
  }
  return toPortError(normalized);
}

export function toPortError(error: unknown): unknown {
  const normalized = asClientError(error);
  if (normalized instanceof EventStoreUnavailableError) return normalized;
  if (isUnavailable(normalized)) {
    return new EventStoreUnavailableError(`EventStoreDB unavailable: ${describe(normalized)}`, normalized);
  }
  return normalized;
}

/** Runs an operation and rethrows its failure as a port error. */
export async function withPortErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toPortError(error);
  }
}

function isUnavailable(error: unknown): boolean {
  if (UNAVAILABLE_CLIENT_ERRORS.some((type) => error instanceof type)) return true;
  if (isCommandError(error as Error)) return false;
  if (hasGrpcCode(error)) return UNAVAILABLE_GRPC_CODES.has(error.code);
  // Cluster discovery (esdb+discover://) gives up with a plain Error.
  return error instanceof Error && /^Failed to discover after/.test(error.message);
}

/** Some client paths reject with the raw gRPC error: give it the client's own classification. */
export function asClientError(error: unknown): unknown {
  if (!(error instanceof Error) || isCommandError(error)) return error;
  if (hasGrpcCode(error) && typeof (error as { details?: unknown }).details === 'string') {
    return convertToCommandError(error);
  }
  return error;
}

function hasGrpcCode(error: unknown): error is { code: number } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'number';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.constructor.name;
  return String(error);
}
