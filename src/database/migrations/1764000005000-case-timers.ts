import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deadline process manager's timers (src/deadlines). One row per case: the case
 * decider's state folded from the case's events (it holds no personal data), and the
 * instants at which something may next fall due. The row of a closed or merged case stays,
 * with no timer, because a reopening or an unmerge needs the state it starts from.
 */
export class CaseTimers1764000005000 implements MigrationInterface {
  name = 'CaseTimers1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_timers (
        case_id text PRIMARY KEY,
        revision integer NOT NULL,
        state jsonb NOT NULL,
        reminder_at timestamptz,
        due_soon_at timestamptz,
        overdue_at timestamptz,
        next_at timestamptz GENERATED ALWAYS AS (LEAST(reminder_at, due_soon_at, overdue_at)) STORED
      )`);
    // The ticker's keyset: due timers in (next_at, case_id) order; cases with no timer stay out.
    await queryRunner.query('CREATE INDEX case_timers_due ON case_timers (next_at, case_id) WHERE next_at IS NOT NULL');
    // Where the timers stand in the global log: moved in the same transaction as the rows,
    // and locked by whoever folds the next batch, so two instances never fold it twice.
    await queryRunner.query(`
      CREATE TABLE case_timers_checkpoint (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position_commit bigint,
        position_prepare bigint,
        CHECK ((position_commit IS NULL) = (position_prepare IS NULL))
      )`);
    await queryRunner.query('INSERT INTO case_timers_checkpoint DEFAULT VALUES');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_timers_checkpoint');
    await queryRunner.query('DROP TABLE case_timers');
  }
}
