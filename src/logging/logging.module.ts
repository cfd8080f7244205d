/**
 * Structured JSON logs (pino, through nestjs-pino): one line per request with its correlation
 * id, and every Nest Logger line written while serving a request carries the same id (the
 * request's logger is bound through AsyncLocalStorage). Paths are logged without their query
 * string and without credentials, so no personal data or token reaches the log.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LevelWithSilent } from 'pino';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A caller's id is kept when it is a plain token (a proxy's or a client's); anything else is replaced. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export function loggingModule(level: LevelWithSilent): DynamicModule {
  return LoggerModule.forRoot({
    // Nest 11's path syntax for every route (the default '*' draws a legacy-route warning at start).
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      genReqId: requestId,
      customAttributeKeys: { reqId: 'requestId' },
      // Every line of the request (Nest Logger lines too) binds { requestId }, not the whole request.
      quietReqLogger: true,
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      // Probes every few seconds would bury the requests that matter.
      autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/api/v1/health') },
    },
  });
}
