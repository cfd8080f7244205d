/** Injected by the application from its configuration (JWT_SECRET, TOKEN_TTL_SECONDS). */
export interface AuthOptions {
  /** HS256 signing secret. */
  jwtSecret: string;
  tokenTtlSeconds: number;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** A short or empty secret would make every token forgeable: refuse to start with one. */
export function assertValidAuthOptions(options: AuthOptions): AuthOptions {
  if (typeof options.jwtSecret !== 'string' || options.jwtSecret.length < 16) {
    throw new Error('AuthOptions.jwtSecret must be at least 16 characters');
  }
  if (!Number.isInteger(options.tokenTtlSeconds) || options.tokenTtlSeconds <= 0) {
    throw new Error('AuthOptions.tokenTtlSeconds must be a positive integer');
  }
  return options;
}
