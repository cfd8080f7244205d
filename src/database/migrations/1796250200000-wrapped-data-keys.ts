import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Envelope encryption (src/personal-data/keys/key-encryption-key.ts): a data key is stored
 * only wrapped under the configured key-encryption key, in `wrapped_key`, with the KEK's
 * fingerprint in `kek_id`. A key is live until `erased_at` is set. Keys stored raw before this
 * migration (`key`) are wrapped by the application when it starts, which then rewrites the
 * table (VACUUM FULL) so no raw copy stays in its file.
 */
export class WrappedDataKeys1796250200000 implements MigrationInterface {
  name = 'WrappedDataKeys1796250200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE personal_data_keys
        ADD COLUMN wrapped_key bytea NULL,
        ADD COLUMN kek_id text NULL,
        DROP CONSTRAINT personal_data_keys_erased_iff_no_key,
        ADD CONSTRAINT personal_data_keys_erased_iff_no_key CHECK ((key IS NULL AND wrapped_key IS NULL) = (erased_at IS NOT NULL)),
        ADD CONSTRAINT personal_data_keys_one_form CHECK (key IS NULL OR wrapped_key IS NULL),
        ADD CONSTRAINT personal_data_keys_wrapped_shape CHECK (wrapped_key IS NULL OR (kek_id IS NOT NULL AND octet_length(wrapped_key) = 60))`);
    await queryRunner.query('DROP INDEX personal_data_keys_one_live_key');
    await queryRunner.query('CREATE UNIQUE INDEX personal_data_keys_one_live_key ON personal_data_keys (citizen_id) WHERE erased_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Wrapped keys cannot be unwrapped here (the KEK is not in the database): refuse rather than lose them.
    const [row] = await queryRunner.query('SELECT count(*)::int AS count FROM personal_data_keys WHERE wrapped_key IS NOT NULL');
    if (Number(row.count) > 0) throw new Error('personal_data_keys holds wrapped keys: this migration cannot be reverted');
    await queryRunner.query('DROP INDEX personal_data_keys_one_live_key');
    await queryRunner.query('CREATE UNIQUE INDEX personal_data_keys_one_live_key ON personal_data_keys (citizen_id) WHERE key IS NOT NULL');
    await queryRunner.query(`
      ALTER TABLE personal_data_keys
        DROP CONSTRAINT personal_data_keys_wrapped_shape,
        DROP CONSTRAINT personal_data_keys_one_form,
        DROP CONSTRAINT personal_data_keys_erased_iff_no_key,
        ADD CONSTRAINT personal_data_keys_erased_iff_no_key CHECK ((key IS NULL) = (erased_at IS NOT NULL)),
        DROP COLUMN kek_id,
        DROP COLUMN wrapped_key`);
  }
}
