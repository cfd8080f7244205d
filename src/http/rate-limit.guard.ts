import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiter, TooManyAttemptsException } from './rate-limits';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PUBLIC_API = /^\/api\/v1\/public\//;

/**
 * Every anonymous write (`/api/v1/public/*`, registrations, feedback, answers) counts against
 * the client address; beyond the limit the answer is 429 with Retry-After. Logins are limited
 * in the token controller, where a failure is known.
 */
@Injectable()
export class PublicWriteLimitGuard implements CanActivate {
  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (READS.has(request.method) || !PUBLIC_API.test(request.path)) return true;
    await withRetryAfter(context.switchToHttp().getResponse<Response>(), () => this.limiter.assertPublicWriteAllowed(clientAddress(request)));
    return true;
  }
}

/** The address the limits count against (Express's req.ip: the socket's, unless trust proxy is set). */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** Runs a check; when it refuses, the Retry-After header goes with the 429. */
export async function withRetryAfter<T>(response: Response, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof TooManyAttemptsException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
