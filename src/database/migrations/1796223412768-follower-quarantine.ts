import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quarantine of the log followers (projections, the deadline process manager): one row per
 * follower and subject that failed (a projection's stream, a deadline's case). The follower
 * goes on with every other subject; this one's events are parked behind the failing one and
 * retried, with backoff, until they pass. A row is deleted once its subject is healthy again.
 */
export class FollowerQuarantine1796223412768 implements MigrationInterface {
  name = 'FollowerQuarantine1796223412768';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE follower_quarantine (
        follower text NOT NULL,
        subject text NOT NULL,
        stage text NOT NULL,
        position_commit bigint,
        position_prepare bigint,
        event_id text,
        event_type text,
        revision integer,
        error_message text NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL,
        next_retry_at timestamptz NOT NULL,
        PRIMARY KEY (follower, subject),
        CHECK ((position_commit IS NULL) = (position_prepare IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX follower_quarantine_retry ON follower_quarantine (follower, next_retry_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE follower_quarantine');
  }
}
