import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CommandContext } from './command-context';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Builds the CommandContext of a command request from the authenticated user and the
 * headers: Idempotency-Key, If-Match (the revision, as in the ETag we return) and
 * X-Correlation-Id. Usage: `@Command('route-case') context: CommandContext`.
 */
export const Command = createParamDecorator((commandName: string, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
  const user = request.user;
  if (!user) throw new Error(`Command "${commandName}" reached without an authenticated user`);
  return {
    commandName,
    actor: { id: user.id, role: user.role, ...(user.sectorId ? { sectorId: user.sectorId } : {}) },
    correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
    idempotencyKey: idempotencyKey(request),
    expectedRevision: ifMatchRevision(request),
  };
});

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function idempotencyKey(request: Request): string | undefined {
  const key = header(request, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw badHeader('Idempotency-Key', 'pattern', 'Idempotency-Key must be 8 to 128 characters of letters, digits, . _ : -');
  }
  return key;
}

/** Accepts `"3"`, `W/"3"` or `3`. */
export function ifMatchRevision(request: Request): number | undefined {
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
