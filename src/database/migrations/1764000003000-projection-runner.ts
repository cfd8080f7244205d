import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection runner's own bookkeeping (projections/runner). A projection's read-model
 * tables are NOT created here: the runner creates them from the projection's code, because
 * they hold nothing that cannot be rebuilt from the event log (see table-setup.ts).
 */
export class ProjectionRunner1764000003000 implements MigrationInterface {
  name = 'ProjectionRunner1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per projection and slot: 'live' feeds the tables the API reads, 'rebuild' the
    // fresh copies being built beside them. The checkpoint (position of the last applied
    // event, NULL before the first) is written in the same transaction as the read model.
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        projection text NOT NULL,
        slot text NOT NULL CHECK (slot IN ('live', 'rebuild')),
        version integer NOT NULL,
        tables text[] NOT NULL,
        checkpoint_commit bigint,
        checkpoint_prepare bigint,
        events_applied bigint NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, slot),
        CHECK ((checkpoint_commit IS NULL) = (checkpoint_prepare IS NULL))
      )`);
    // History of handler failures; the open one (resolved_at IS NULL) is what stops a projection.
    await queryRunner.query(`
      CREATE TABLE projection_failures (
        id bigserial PRIMARY KEY,
        projection text NOT NULL,
        position_commit bigint NOT NULL,
        position_prepare bigint NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        stream_name text NOT NULL,
        error_message text NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX projection_failures_open ON projection_failures (projection) WHERE resolved_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE projection_failures');
    await queryRunner.query('DROP TABLE projection_checkpoints');
  }
}
