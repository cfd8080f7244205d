import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of citizens' attachments, content-addressed (SHA-256 of the file) per citizen and
 * encrypted under the citizen's data key (AES-256-GCM). When an erasure destroys a key (sets
 * erased_at), a trigger deletes the ciphertexts under it in the same transaction: crypto-shredding already
 * made them unreadable, and this frees the space.
 */
export class CaseAttachments1796250500000 implements MigrationInterface {
  name = 'CaseAttachments1796250500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_attachments (
        citizen_id uuid NOT NULL,
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        key_id uuid NOT NULL REFERENCES personal_data_keys (key_id),
        media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        iv bytea NOT NULL,
        tag bytea NOT NULL,
        ciphertext bytea NOT NULL,
        stored_at timestamptz NOT NULL,
        PRIMARY KEY (citizen_id, sha256)
      )`);
    await queryRunner.query('CREATE INDEX case_attachments_key ON case_attachments (key_id)');
    await queryRunner.query(`
      CREATE FUNCTION case_attachments_shred() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM case_attachments WHERE key_id = NEW.key_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER case_attachments_shred AFTER UPDATE OF erased_at ON personal_data_keys
      FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL) EXECUTE FUNCTION case_attachments_shred()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER case_attachments_shred ON personal_data_keys');
    await queryRunner.query('DROP FUNCTION case_attachments_shred()');
    await queryRunner.query('DROP TABLE case_attachments');
  }
}
