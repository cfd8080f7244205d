import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

export const ACCESS_CODE_HEADER = 'x-access-code';

/** The citizen's access code, from the X-Access-Code header (never in the URL: URLs end up in logs). */
export const AccessCode = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  ctx.switchToHttp().getRequest<Request>().header(ACCESS_CODE_HEADER),
);

/** Who is knocking, for counting wrong codes: the client address (behind a proxy, as Express's trust proxy says). */
export const ClientAddress = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const request = ctx.switchToHttp().getRequest<Request>();
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
});

export const ApiAccessCode = () =>
  ApiHeader({
    name: 'X-Access-Code',
    required: true,
    description: 'The access code given with the reference number, e.g. K7M4-QX9T-2H (spaces, dashes and case do not matter).',
  });
