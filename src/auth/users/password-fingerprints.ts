import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../command-handling/command-context';
import { AUTH_OPTIONS, type AuthOptions } from '../auth-options';

/**
 * The Idempotency-Key's fingerprint of a request carrying passwords. The fingerprint (a hash
 * of the request, see IdempotentAnswers) is stored: over the password in clear it would be an
 * unsalted hash of it, open to guessing. Each password is replaced by a keyed HMAC instead, so
 * the same key with another password is still another request (422 IDEMPOTENCY_KEY_REUSED),
 * and nothing stored can be tried against guesses without the server's secret.
 */
@Injectable()
export class PasswordFingerprints {
  private readonly key: Buffer;

  constructor(@Inject(AUTH_OPTIONS) options: AuthOptions) {
    // A key of its own, derived from the token secret, so no HMAC here is ever a token signature.
    this.key = createHmac('sha256', options.jwtSecret).update('urp:idempotency-password-fingerprint').digest();
  }

  /** The context with `request.body[field]` replaced by its HMAC for each password field. */
  withoutPasswords(context: CommandContext, fields: readonly string[]): CommandContext {
    const request = context.request as { params?: unknown; body?: Record<string, unknown> } | undefined;
    if (!request?.body || typeof request.body !== 'object') return context;
    const body = { ...request.body };
    for (const field of fields) {
      const value = body[field];
      if (typeof value === 'string') body[field] = `hmac-sha256:${createHmac('sha256', this.key).update(value).digest('hex')}`;
    }
    return { ...context, request: { ...request, body } };
  }
}
