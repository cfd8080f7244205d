/** Telling apart the database errors the adapter reacts to. */
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedVersionError } from '../errors';

const UNIQUE_VIOLATION = '23505';
/** SQLSTATE classes that mean "the server cannot serve us now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '53', '57', '58'];
/** Socket-level failures reported by Node before any SQLSTATE exists. */
const UNAVAILABLE_NODE_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'];
/** pg's own messages for a lost or unobtainable connection (they carry no code). */
const UNAVAILABLE_PG_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i];

export function isUniqueViolation(error: unknown): boolean {
  return errorCode(error) === UNIQUE_VIOLATION;
}

/**
 * The error a caller of the port should see: the port's own errors and programming errors
 * as they are, failures to reach the server as EventStoreUnavailableError.
 */
export function translateStoreError(error: unknown, doing: string): unknown {
  if (isPortError(error) || !isUnavailability(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailableError(`PostgreSQL event store could not ${doing}: ${detail}`, error);
}

function isPortError(error: unknown): boolean {
  return (
    error instanceof WrongExpectedVersionError ||
    error instanceof EventIdConflictError ||
    error instanceof EventStoreUnavailableError
  );
}

function isUnavailability(error: unknown): boolean {
  const code = errorCode(error);
  // Node codes first: EPIPE has the shape of an SQLSTATE.
  if (code && UNAVAILABLE_NODE_CODES.includes(code)) return true;
  if (code && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2));
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_PG_MESSAGES.some((pattern) => pattern.test(message));
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
