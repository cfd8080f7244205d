/**
 * The abuse limits, read from the environment once at start as part of AppConfig
 * (src/config/app-config.ts). A wrong value stops the start with a message naming the variable.
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

export function rateLimitSettingsFrom(env: NodeJS.ProcessEnv): RateLimitSettings {
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
