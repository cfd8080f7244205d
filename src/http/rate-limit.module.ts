import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limits';

/**
 * The counters of the abuse limits. Needs a TypeORM DataSource, CLOCK and APP_CONFIG from global modules;
 * imported by AuthModule (failed logins) and by the application (the public-write guard).
 */
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
