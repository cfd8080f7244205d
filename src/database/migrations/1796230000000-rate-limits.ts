import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the abuse limits (failed logins per username and per address, public writes per
 * address), one row per key and fixed window. In PostgreSQL, not process memory, so every
 * instance of the system sees the same counts.
 */
export class RateLimits1796230000000 implements MigrationInterface {
  name = 'RateLimits1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rate_limit_counters (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        hits integer NOT NULL CHECK (hits >= 0)
      )`);
    await queryRunner.query('CREATE INDEX rate_limit_counters_window ON rate_limit_counters (window_started_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_counters');
  }
}
