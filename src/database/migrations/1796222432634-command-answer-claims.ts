import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys are claimed before the command runs: a row without an answer yet
 * (status_code and body NULL) holds the key for the request whose hash it records, so a
 * concurrent request with the same key and another body is refused at once, and one with
 * the same body waits for the answer. claimed_at lets a claim left by a crashed process
 * be taken over.
 */
export class CommandAnswerClaims1796222432634 implements MigrationInterface {
  name = 'CommandAnswerClaims1796222432634';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE command_answers ALTER COLUMN status_code DROP NOT NULL');
    await queryRunner.query('ALTER TABLE command_answers ALTER COLUMN body DROP NOT NULL');
    await queryRunner.query('ALTER TABLE command_answers ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now()');
    await queryRunner.query(
      'ALTER TABLE command_answers ADD CONSTRAINT command_answers_answer_whole CHECK ((status_code IS NULL) = (body IS NULL))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM command_answers WHERE status_code IS NULL');
    await queryRunner.query('ALTER TABLE command_answers DROP CONSTRAINT command_answers_answer_whole');
    await queryRunner.query('ALTER TABLE command_answers DROP COLUMN claimed_at');
    await queryRunner.query('ALTER TABLE command_answers ALTER COLUMN body SET NOT NULL');
    await queryRunner.query('ALTER TABLE command_answers ALTER COLUMN status_code SET NOT NULL');
  }
}
