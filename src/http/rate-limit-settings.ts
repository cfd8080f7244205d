/**
 * The abuse limits, read from the environment in one place. Read on each use (cheap), so a
 * test can set a variable before it starts a system.
 */
export interface RateLimitSettings {
  /** Failed logins for one username within the window before 429 (URP_LOGIN_MAX_FAILURES, default 10). */
  loginMaxFailuresPerUsername: number;
  /**
   * Failed logins from one client address, whatever the username (URP_LOGIN_MAX_FAILURES_PER_ADDRESS,
   * default 30: an office behind one NAT address shares it).
   */
  loginMaxFailuresPerAddress: number;
  /** Length of the login window in seconds (URP_LOGIN_WINDOW_SECONDS, default 900 = 15 minutes). */
  loginWindowSeconds: number;
  /** Writes to /api/v1/public/* from one client address within the window (URP_PUBLIC_MAX_REQUESTS, default 30). */
  publicMaxRequests: number;
  /** Length of the public window in seconds (URP_PUBLIC_WINDOW_SECONDS, default 600 = 10 minutes). */
  publicWindowSeconds: number;
}

export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  return {
    loginMaxFailuresPerUsername: positiveInteger(env, 'URP_LOGIN_MAX_FAILURES', 10),
    loginMaxFailuresPerAddress: positiveInteger(env, 'URP_LOGIN_MAX_FAILURES_PER_ADDRESS', 30),
    loginWindowSeconds: positiveInteger(env, 'URP_LOGIN_WINDOW_SECONDS', 15 * 60),
    publicMaxRequests: positiveInteger(env, 'URP_PUBLIC_MAX_REQUESTS', 30),
    publicWindowSeconds: positiveInteger(env, 'URP_PUBLIC_WINDOW_SECONDS', 10 * 60),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a positive whole number (got "${raw}")`);
  return Number(raw);
}
