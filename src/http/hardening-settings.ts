/**
 * The input bounds, read from the environment once at start as part of AppConfig
 * (src/config/app-config.ts). A wrong value stops the start with a message naming the variable.
 */
export interface HardeningSettings {
  /** Largest request body accepted, in bytes (URP_MAX_BODY_BYTES, default 100 kB): larger is 413. */
  maxBodyBytes: number;
  /** Deepest nesting of arrays and objects accepted in a body or query (URP_MAX_JSON_DEPTH, default 32). */
  maxJsonDepth: number;
  /** Longest an extension may move a final reply's due date, in days (URP_MAX_EXTENSION_DAYS, default 180). */
  maxExtensionDays: number;
}

export function hardeningSettingsFrom(env: NodeJS.ProcessEnv): HardeningSettings {
  return {
    maxBodyBytes: positiveInteger(env, 'URP_MAX_BODY_BYTES', 100 * 1024),
    maxJsonDepth: positiveInteger(env, 'URP_MAX_JSON_DEPTH', 32),
    maxExtensionDays: positiveInteger(env, 'URP_MAX_EXTENSION_DAYS', 180),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a positive whole number (got "${raw}")`);
  return Number(raw);
}
