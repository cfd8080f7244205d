import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  IdempotencyKeyReusedError,
  PersistentConflictError,
  PreconditionFailedError,
  StreamNotFoundError,
} from '../command-handling/command-errors';
import { DomainError } from '../domain/shared/domain-error';
import type { IdentifiedRequest } from '../logging/request-log';
import { EventIdConflictError, EventStoreUnavailableError, WrongExpectedVersionError } from '../event-store/errors';
import { sendOpen311 } from '../open311/open311-format';
import { formatOfPath, isOpen311Path } from '../open311/open311-paths';

/** A broken rule of the domain is 422; acting outside one's role is 403; an unknown target 404. */
const DOMAIN_ERROR_STATUS: Record<string, [number, string]> = {
  forbidden: [403, 'Forbidden'],
  not_found: [404, 'Not Found'],
  invalid: [422, 'Unprocessable Entity'],
  conflict: [422, 'Unprocessable Entity'],
};

/**
 * One mapping from the system's errors to HTTP: a broken domain rule is 422 with its stable
 * code; concurrency is 409 (or 412 when the caller pinned a revision with If-Match).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request & IdentifiedRequest>();
    const { status, body } = this.describe(error);
    // A deliberate 5xx (readiness's 503, a 503 with Retry-After) is an answer, not a fault to log with its stack.
    if (status >= 500 && !(error instanceof HttpException)) {
      const fault = error instanceof Error ? error : new Error(String(error));
      this.logger.error({ requestId: request.id, err: fault, msg: `${request.method} ${request.path} failed: ${fault.message}` });
    }
    const path = request.path;
    if (isOpen311Path(path)) {
      const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? body.error ?? 'Error');
      sendOpen311(response, status, formatOfPath(path), 'errors', [{ code: status, description: message }]);
      return;
    }
    response.status(status).json(body);
  }

  private describe(error: unknown): { status: number; body: Record<string, unknown> } {
    if (error instanceof HttpException) {
      const payload = error.getResponse();
      const body = typeof payload === 'string' ? { statusCode: error.getStatus(), message: payload } : (payload as Record<string, unknown>);
      return { status: error.getStatus(), body };
    }
    const clientError = asClientHttpError(error);
    if (clientError) return clientError;
    if (error instanceof DomainError) {
      const [status, text] = DOMAIN_ERROR_STATUS[error.category] ?? DOMAIN_ERROR_STATUS.invalid;
      return { status, body: { statusCode: status, error: text, code: error.code, message: error.message, details: error.details } };
    }
    if (error instanceof PreconditionFailedError) {
      return {
        status: 412,
        body: {
          statusCode: 412,
          error: 'Precondition Failed',
          code: 'REVISION_MISMATCH',
          message: error.message,
          currentRevision: error.actualRevision,
        },
      };
    }
    if (error instanceof WrongExpectedVersionError || error instanceof PersistentConflictError) {
      return { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'CONCURRENT_MODIFICATION', message: error.message } };
    }
    if (error instanceof EventIdConflictError) {
      return { status: 409, body: { statusCode: 409, error: 'Conflict', code: 'EVENT_ID_CONFLICT', message: error.message } };
    }
    if (error instanceof IdempotencyKeyReusedError) {
      return { status: 422, body: { statusCode: 422, error: 'Unprocessable Entity', code: 'IDEMPOTENCY_KEY_REUSED', message: error.message } };
    }
    if (error instanceof StreamNotFoundError) {
      return { status: 404, body: { statusCode: 404, error: 'Not Found', code: 'NOT_FOUND', message: error.message } };
    }
    if (error instanceof EventStoreUnavailableError) {
      return { status: 503, body: { statusCode: 503, error: 'Service Unavailable', code: 'EVENT_STORE_UNAVAILABLE', message: error.message } };
    }
    return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Unexpected error' } };
  }
}

/** Codes for the errors the body parser raises (http-errors `type`), stable for clients. */
const BODY_ERROR_CODES: Record<string, string> = {
  'entity.too.large': 'BODY_TOO_LARGE',
  'parameters.too.many': 'TOO_MANY_PARAMETERS',
  'encoding.unsupported': 'UNSUPPORTED_CONTENT_ENCODING',
  'charset.unsupported': 'UNSUPPORTED_CHARSET',
  'entity.parse.failed': 'MALFORMED_BODY',
  'request.aborted': 'REQUEST_ABORTED',
  'request.size.invalid': 'BODY_SIZE_MISMATCH',
  'stream.encoding.set': 'MALFORMED_BODY',
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
};

/**
 * The body parser (and other Express middleware) raise http-errors with a 4xx `status`: a
 * client's mistake, answered as such (it used to be 500 with a stack trace in the log).
 */
function asClientHttpError(error: unknown): { status: number; body: Record<string, unknown> } | undefined {
  if (error === null || typeof error !== 'object' || error instanceof HttpException) return undefined;
  const candidate = error as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown; message?: unknown };
  const status = typeof candidate.status === 'number' ? candidate.status : candidate.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const type = typeof candidate.type === 'string' ? candidate.type : '';
  const code = BODY_ERROR_CODES[type] ?? (status === 400 ? 'MALFORMED_BODY' : 'BAD_REQUEST_BODY');
  const message = candidate.expose === true && typeof candidate.message === 'string' ? candidate.message : 'The request body cannot be read';
  return { status, body: { statusCode: status, error: STATUS_TEXT[status] ?? 'Bad Request', code, message } };
}
