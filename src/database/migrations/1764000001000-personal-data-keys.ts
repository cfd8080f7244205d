import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-citizen data keys for crypto-shredding (src/personal-data). Events hold personal data
 * only encrypted under these keys; erasing a citizen sets their key to NULL, which makes the
 * data unreadable without touching the append-only event log. The row itself stays, so a
 * sealed value under an erased key reads as "erased" rather than as an unknown key.
 */
export class PersonalDataKeys1764000001000 implements MigrationInterface {
  name = 'PersonalDataKeys1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_keys (
        key_id uuid PRIMARY KEY,
        citizen_id uuid NOT NULL,
        key bytea NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz NULL,
        erasure_reason text NULL,
        CONSTRAINT personal_data_keys_key_length CHECK (key IS NULL OR octet_length(key) = 32),
        CONSTRAINT personal_data_keys_erased_iff_no_key CHECK ((key IS NULL) = (erased_at IS NOT NULL))
      )`);
    // At most one live key per citizen: concurrent first seals converge on one key.
    await queryRunner.query(`
      CREATE UNIQUE INDEX personal_data_keys_one_live_key
        ON personal_data_keys (citizen_id) WHERE key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE personal_data_keys');
  }
}
