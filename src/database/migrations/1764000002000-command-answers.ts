import { MigrationInterface, QueryRunner } from 'typeorm';

/** First answers of commands sent with an Idempotency-Key, replayed to retries. */
export class CommandAnswers1764000002000 implements MigrationInterface {
  name = 'CommandAnswers1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE command_answers (
        scope text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        status_code integer NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE command_answers');
  }
}
