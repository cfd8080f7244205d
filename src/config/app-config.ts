/**
 * Configuration comes from the environment only, read once at start and validated, so a
 * wrong value stops the process (server or `urp` command) with a message naming the variable.
 * One object for everything: the modules take their part from APP_CONFIG, never from process.env.
 */
import type { LevelWithSilent } from 'pino';
import { LOG_LEVELS } from '../logging/logging.module';
import { maxAttachmentBytesFrom } from '../attachments/attachment-rules';
import { HardeningSettings, hardeningSettingsFrom } from '../http/hardening-settings';
import { RateLimitSettings, rateLimitSettingsFrom } from '../http/rate-limit-settings';
import { MessagingSettings, loadMessagingSettings } from '../messaging/messaging-settings';
import { ServiceArea, serviceAreaFrom } from '../place/service-area';
import { ReportSettings, reportSettingsFrom } from '../../projections/reports/report-settings';

export interface AppConfig {
  port: number;
  /** The PostgreSQL the running system connects to; when absent an embedded PostgreSQL is started. */
  databaseUrl?: string;
  /** The owner role's URL (migrations, privileges of the DATABASE_URL role); absent: DATABASE_URL owns the tables. */
  databaseOwnerUrl?: string;
  /** esdb://... ; when present events go to EventStoreDB, otherwise to PostgreSQL. */
  eventStoreUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Port of the embedded database server on 127.0.0.1 (0: any free port). */
  embeddedDatabasePort: number;
  /** Seed demo users and data (always on with the embedded default). */
  demo: boolean;
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Keyed-hash secret for pseudonymous citizen ids and the citizen directory's blind indexes. */
  personalDataSecret: string;
  /** Key-encryption key every citizen's data key is wrapped under (envelope encryption). */
  personalDataKek: string;
  /** Earlier KEKs, comma-separated in PERSONAL_DATA_KEK_PREVIOUS: only while `keys:rotate` re-wraps their keys, then destroyed. */
  personalDataPreviousKeks: string[];
  /** Real time between deadline ticks (process manager); 0: only on request. */
  deadlinesTickMs: number;
  /** 'all' (default), 'api' (commands and queries only) or 'projections' (the projector only). */
  mode: 'all' | 'api' | 'projections';
  /** LOG_LEVEL: the least severe level written (JSON lines on stdout). */
  logLevel: LevelWithSilent;
  /** URP_ENTITY_NAME and URP_REPORT_* (projections/reports/report-settings.ts). */
  reports: ReportSettings;
  /** SMTP_URL, MAIL_*, PUBLIC_BASE_URL (src/messaging/messaging-settings.ts). */
  messaging: MessagingSettings;
  /** URP_LOGIN_* and URP_PUBLIC_*: the abuse limits (src/http/rate-limit-settings.ts). */
  rateLimits: RateLimitSettings;
  /** URP_MAX_BODY_BYTES, URP_MAX_JSON_DEPTH, URP_MAX_EXTENSION_DAYS: the input bounds (src/http/hardening-settings.ts). */
  hardening: HardeningSettings;
  /** URP_ATTACHMENT_MAX_BYTES: the largest photo or PDF attached to a registration, each file (src/attachments/attachment-rules.ts). */
  attachmentMaxBytes: number;
  /** URP_MAP_BOUNDS: where a case's map point may fall (src/place/service-area.ts). */
  serviceArea: ServiceArea;
}

const DEV_SECRET_WARNING = 'development secret: set it in production';

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = optional(env, 'DATABASE_URL');
  const embedded = !databaseUrl;
  const eventStoreUrl = optional(env, 'EVENTSTORE_URL');
  if (eventStoreUrl && !/^esdb(\+discover)?:\/\//.test(eventStoreUrl)) {
    throw new Error('EVENTSTORE_URL must start with esdb:// or esdb+discover://');
  }
  const mode = optional(env, 'URP_MODE') ?? 'all';
  if (mode !== 'all' && mode !== 'api' && mode !== 'projections') {
    throw new Error(`URP_MODE must be one of all, api, projections (got "${mode}")`);
  }
  const demo = embedded || env.URP_DEMO === '1';
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  const dataDir = optional(env, 'URP_DATA_DIR') ?? 'data';
  return {
    port: integer(env, 'PORT', 3000),
    databaseUrl,
    databaseOwnerUrl: ownerUrl(env, databaseUrl),
    eventStoreUrl,
    dataDir,
    embeddedDatabasePort: integer(env, 'URP_EMBEDDED_DB_PORT', 0),
    demo,
    jwtSecret: secret(env, 'JWT_SECRET', demo),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 8 * 60 * 60),
    personalDataSecret: secret(env, 'PERSONAL_DATA_SECRET', demo),
    personalDataKek: secret(env, 'PERSONAL_DATA_KEK', demo),
    personalDataPreviousKeks: secretList(env, 'PERSONAL_DATA_KEK_PREVIOUS'),
    deadlinesTickMs: integer(env, 'URP_DEADLINES_TICK_MS', 60_000),
    mode,
    logLevel: logLevel as LevelWithSilent,
    reports: reportSettingsFrom(env),
    messaging: loadMessagingSettings(env, dataDir),
    rateLimits: rateLimitSettingsFrom(env),
    hardening: hardeningSettingsFrom(env),
    attachmentMaxBytes: maxAttachmentBytesFrom(env),
    serviceArea: serviceAreaFrom(env),
  };
}

function ownerUrl(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): string | undefined {
  const value = optional(env, 'DATABASE_OWNER_URL');
  if (value && !databaseUrl) throw new Error('DATABASE_OWNER_URL needs DATABASE_URL (the application role) as well');
  return value;
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

/** Demo and embedded runs get a fixed development secret; anything else must set one. */
function secret(env: NodeJS.ProcessEnv, name: string, allowDevelopmentDefault: boolean): string {
  const value = optional(env, name);
  if (value) {
    if (value.length < 16) throw new Error(`${name} must be at least 16 characters`);
    return value;
  }
  if (allowDevelopmentDefault) return `urp-${name.toLowerCase()}-${DEV_SECRET_WARNING}`;
  throw new Error(`${name} is required when DATABASE_URL is set (at least 16 characters); or set URP_DEMO=1`);
}

function secretList(env: NodeJS.ProcessEnv, name: string): string[] {
  const values = (optional(env, name) ?? '').split(',').map((value) => value.trim()).filter(Boolean);
  if (values.some((value) => value.length < 16)) throw new Error(`${name} must list secrets of at least 16 characters, comma-separated`);
  return values;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
