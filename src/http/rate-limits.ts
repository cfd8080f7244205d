import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CLOCK, Clock } from '../shared/clock';
import type { RateLimitSettings } from './rate-limit-settings';

/** 429 with the seconds to wait; the filter renders the JSON body, the caller sets Retry-After. */
export class TooManyAttemptsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    code: 'TOO_MANY_ATTEMPTS' | 'TOO_MANY_REQUESTS',
    message: string,
  ) {
    super({ statusCode: 429, error: 'Too Many Requests', code, message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

interface CounterRow {
  key: string;
  hits: number;
  window_started_at: Date;
}

/** Expired counters are swept at most this often per instance. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters in PostgreSQL (table rate_limit_counters), so the limits hold across
 * instances. Each hit is one atomic upsert: concurrent hits never lose a count. Window
 * arithmetic uses the injected clock, never the database's now().
 */
@Injectable()
export class RateLimiter {
  private lastSweep = 0;
  private readonly settings: RateLimitSettings;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.rateLimits;
  }

  /** Refuses a login attempt while the username or the address has too many recent failures. */
  async assertLoginAllowed(username: string, address: string): Promise<void> {
    const settings = this.settings;
    const now = this.clock.now();
    const windowMs = settings.loginWindowSeconds * 1000;
    const limits = new Map([
      [loginUserKey(username), settings.loginMaxFailuresPerUsername],
      [loginAddressKey(address), settings.loginMaxFailuresPerAddress],
    ]);
    const rows: CounterRow[] = await this.dataSource.query(
      'SELECT key, hits, window_started_at FROM rate_limit_counters WHERE key = ANY($1) AND window_started_at > $2',
      [[...limits.keys()], new Date(now.getTime() - windowMs)],
    );
    const waits = rows
      .filter((row) => row.hits >= (limits.get(row.key) ?? Infinity))
      .map((row) => secondsUntil(row.window_started_at, windowMs, now));
    if (waits.length > 0) {
      throw new TooManyAttemptsException(
        Math.max(...waits),
        'TOO_MANY_ATTEMPTS',
        'Too many failed logins for this username or from this address; try again later',
      );
    }
  }

  /** Counts one failed login against the username and the address. A success is never counted. */
  async recordLoginFailure(username: string, address: string): Promise<void> {
    const windowMs = this.settings.loginWindowSeconds * 1000;
    await this.hit(loginUserKey(username), windowMs);
    await this.hit(loginAddressKey(address), windowMs);
  }

  /** Counts one write to a public endpoint from the address; beyond the limit, 429. */
  async assertPublicWriteAllowed(address: string): Promise<void> {
    const settings = this.settings;
    const windowMs = settings.publicWindowSeconds * 1000;
    const counter = await this.hit(`public:${address}`, windowMs);
    if (counter.hits > settings.publicMaxRequests) {
      throw new TooManyAttemptsException(
        secondsUntil(counter.window_started_at, windowMs, this.clock.now()),
        'TOO_MANY_REQUESTS',
        'Too many requests from this address; try again later',
      );
    }
  }

  /** One atomic statement: start a new window if the old one ended, else add one hit. */
  private async hit(key: string, windowMs: number): Promise<CounterRow> {
    const now = this.clock.now();
    const windowEndedBefore = new Date(now.getTime() - windowMs);
    const rows: CounterRow[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS counter (key, window_started_at, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN counter.window_started_at <= $3 THEN 1 ELSE counter.hits + 1 END,
         window_started_at = CASE WHEN counter.window_started_at <= $3 THEN EXCLUDED.window_started_at ELSE counter.window_started_at END
       RETURNING key, hits, window_started_at`,
      [key, now, windowEndedBefore],
    );
    await this.sweep(now);
    return rows[0];
  }

  /** Forgets counters whose window ended a day ago or more (client addresses are personal data). */
  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS && now.getTime() >= this.lastSweep) return;
    this.lastSweep = now.getTime();
    const longestWindowMs = Math.max(this.settings.loginWindowSeconds, this.settings.publicWindowSeconds) * 1000;
    await this.dataSource.query('DELETE FROM rate_limit_counters WHERE window_started_at < $1', [
      new Date(now.getTime() - longestWindowMs - 24 * 3600 * 1000),
    ]);
  }
}

function loginUserKey(username: string): string {
  return `login-user:${username.trim().toLowerCase()}`;
}

function loginAddressKey(address: string): string {
  return `login-address:${address}`;
}

function secondsUntil(windowStartedAt: Date, windowMs: number, now: Date): number {
  return Math.max(1, Math.ceil((new Date(windowStartedAt).getTime() + windowMs - now.getTime()) / 1000));
}
