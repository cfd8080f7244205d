/**
 * The messaging settings, read from the environment once at start as part of AppConfig
 * (src/config/app-config.ts). A wrong value stops the start with a message naming the variable.
 */
import { join } from 'node:path';

export interface MessagingSettings {
  /** smtp://host:587 or smtps://host:465 (user:password@ allowed); absent: the local mailbox folder. */
  smtpUrl?: string;
  /** The sender, e.g. `"URP Comune di Ancona" <urp@comune.ancona.it>`. */
  mailFrom: string;
  /** Where the user area is published, without a trailing slash. */
  publicBaseUrl: string;
  /** Where messages go when no SMTP_URL is set: `${URP_DATA_DIR}/mailbox`. */
  mailboxDir: string;
  /** The domain of every Message-ID (`<message-id@domain>`): the sender's, so receivers keep them apart from others'. */
  messageIdDomain: string;
  /** Real time between two dispatch rounds; 0: only on request (tests). */
  dispatchIntervalMs: number;
  /** First retry after this many seconds, then doubling up to the maximum. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** After this many attempts a transient refusal is recorded as permanent. */
  maxAttempts: number;
  /** Rows looked at per round. */
  batchSize: number;
}

export function loadMessagingSettings(env: NodeJS.ProcessEnv, dataDir: string): MessagingSettings {
  const smtpUrl = optional(env, 'SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${smtpUrl}")`);
  const mailFrom = optional(env, 'MAIL_FROM') ?? '"Ufficio Relazioni con il Pubblico" <urp@comune.example.it>';
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw new Error(`MAIL_FROM must be an e-mail address, optionally with a name (got "${mailFrom}")`);
  const publicBaseUrl = (optional(env, 'PUBLIC_BASE_URL') ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicBaseUrl)) throw new Error(`PUBLIC_BASE_URL must start with http:// or https:// (got "${publicBaseUrl}")`);
  const retryBaseSeconds = integer(env, 'MAIL_RETRY_BASE_SECONDS', 60);
  return {
    smtpUrl,
    mailFrom,
    publicBaseUrl,
    mailboxDir: join(dataDir, 'mailbox'),
    messageIdDomain: address.split('@')[1],
    dispatchIntervalMs: integer(env, 'MAIL_DISPATCH_INTERVAL_MS', 2_000),
    retryBaseSeconds,
    retryMaxSeconds: Math.max(retryBaseSeconds, integer(env, 'MAIL_RETRY_MAX_SECONDS', 6 * 60 * 60)),
    maxAttempts: Math.max(1, integer(env, 'MAIL_MAX_ATTEMPTS', 8)),
    batchSize: 50,
  };
}

/** Seconds before attempt `attempt + 1`, after `attempt` failures: base, 2·base, 4·base, … up to the maximum. */
export function retryDelaySeconds(settings: Pick<MessagingSettings, 'retryBaseSeconds' | 'retryMaxSeconds'>, attempt: number): number {
  return Math.min(settings.retryMaxSeconds, settings.retryBaseSeconds * 2 ** Math.max(0, attempt - 1));
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer (got "${raw}")`);
  return value;
}
