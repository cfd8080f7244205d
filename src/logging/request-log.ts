/**
 * One JSON line per answered request (requestId, method, path without its query string,
 * status, milliseconds), written when the answer is sent. The request's id is the caller's
 * X-Request-Id when it is a plain token, else a new uuid; the answer echoes it and error
 * lines written for the request (ErrorFilter) carry it.
 *
 * Written as a plain middleware, first in the chain, rather than through pino-http and an
 * AsyncLocalStorage per request: on Node 20 an active AsyncLocalStorage runs a hook on every
 * promise of the process, and together with a child logger per request that cost a fifth of
 * the server's CPU per registration (bench/commands, CPU ms/op).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A caller's id is kept when it is a plain token (a proxy's or a client's); anything else is replaced. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes every few seconds would bury the requests that matter (paths route whatever their case). */
const UNLOGGED_PREFIX = '/api/v1/health/';

export interface IdentifiedRequest extends IncomingMessage {
  id?: string;
}

export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export function requestLog(logger: Logger) {
  return function logRequest(request: IdentifiedRequest, response: ServerResponse, next: () => void): void {
    const id = requestId(request, response);
    request.id = id;
    const url = request.url ?? '';
    if (`${url.split('?')[0]}/`.toLowerCase().startsWith(UNLOGGED_PREFIX)) return next();
    const started = performance.now();
    const method = request.method;
    const path = url.split('?')[0];
    const write = (message: string, aborted = false) => {
      const statusCode = response.statusCode;
      const level = statusCode >= 500 ? 'error' : statusCode >= 400 || aborted ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level]({ requestId: id, req: { method, path }, res: { statusCode }, responseTime: Math.round(performance.now() - started) }, message);
    };
    let answered = false;
    response.once('finish', () => {
      answered = true;
      write('request completed');
    });
    // The client went away before the answer was sent.
    response.once('close', () => answered || write('request aborted', true));
    next();
  };
}
