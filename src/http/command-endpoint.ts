/**
 * The one HTTP entrance of every command: `@CommandEndpoint('route-case')` on the route and
 * `@Command()` (or `@CommandHeaders()` on a public route, whose actor the route establishes)
 * on the handler's parameter. Before the handler runs, the interceptor reads the headers
 * (Idempotency-Key, If-Match, X-Correlation-Id; a malformed one is 400 and nothing runs) into
 * the request's command context; after it, it sends the answer's revision as ETag. Running
 * the command once per Idempotency-Key is IdempotentCommandBus's job, with the raw request
 * (path parameters and body) that the context carries as the key's fingerprint; errors go
 * through the one mapping of error-filter.ts.
 */
import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { tap, type Observable } from 'rxjs';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { usableCorrelationId, type CommandContext } from '../command-handling/command-context';

const COMMAND_NAME = 'urp:command-name';
const COMMAND_REQUEST = Symbol('urp:command-request');
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** The context of a command without its actor: what the request's headers and route say. */
export type CommandHeaders = Omit<CommandContext, 'actor'>;

type CommandRequest = Request & { user?: AuthenticatedUser; [COMMAND_REQUEST]?: CommandHeaders };

export function CommandEndpoint(commandName: string) {
  return applyDecorators(
    SetMetadata(COMMAND_NAME, commandName),
    UseInterceptors(CommandEndpointInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any 8-128 characters of letters, digits, . _ : -. A retry with the same key gets the first answer and appends nothing.',
    }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision last seen (its ETag, e.g. "3"); any other is 412 and nothing is appended.' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Traces the request through the events it causes.' }),
  );
}

@Injectable()
export class CommandEndpointInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const commandName = this.reflector.get<string>(COMMAND_NAME, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<CommandRequest>();
    request[COMMAND_REQUEST] = {
      commandName,
      correlationId: usableCorrelationId(header(request, 'x-correlation-id')) ?? randomUUID(),
      idempotencyKey: idempotencyKey(request),
      expectedRevision: ifMatchRevision(request),
      request: { params: request.params, body: request.body as unknown },
    };
    return next.handle().pipe(
      tap((answer: { revision?: unknown } | undefined) => {
        if (typeof answer?.revision === 'number') http.getResponse<Response>().setHeader('ETag', `"${answer.revision}"`);
      }),
    );
  }
}

function commandHeaders(ctx: ExecutionContext): CommandHeaders {
  const headers = ctx.switchToHttp().getRequest<CommandRequest>()[COMMAND_REQUEST];
  if (!headers) throw new Error('@Command() and @CommandHeaders() need @CommandEndpoint() on the route');
  return headers;
}

/** The command's context: the route's headers and the authenticated user as actor. */
export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const user = ctx.switchToHttp().getRequest<CommandRequest>().user;
  const headers = commandHeaders(ctx);
  if (!user) throw new Error(`Command "${headers.commandName}" reached without an authenticated user`);
  return { ...headers, actor: { id: user.id, role: user.role, ...(user.sectorId ? { sectorId: user.sectorId } : {}) } };
});

/** For a public route: everything but the actor, which the route establishes (a citizen). */
export const CommandHeaders = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandHeaders => commandHeaders(ctx));

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function idempotencyKey(request: Request): string | undefined {
  const key = header(request, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw badHeader('Idempotency-Key', 'pattern', 'Idempotency-Key must be 8 to 128 characters of letters, digits, . _ : -');
  }
  return key;
}

/** Accepts `"3"`, `W/"3"` or `3`. */
function ifMatchRevision(request: Request): number | undefined {
  const raw = header(request, 'if-match');
  if (raw === undefined) return undefined;
  const match = /^(?:W\/)?"?(-?\d+)"?$/.exec(raw.trim());
  if (!match) throw badHeader('If-Match', 'revision', 'If-Match must be the revision of the resource, as given in its ETag, e.g. "3"');
  return Number(match[1]);
}

function badHeader(field: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message,
    violations: [{ field, rule, message }],
  });
}
