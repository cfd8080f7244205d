import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The citizen directory (src/personal-data/directory): one pseudonymous citizen across fiscal
 * code, e-mail and phone, so that one erasure covers every case of the person. Identifiers are
 * stored only as keyed blind indexes (HMAC), never in clear. An alias row says that an older
 * citizen id (made before the directory, or before two identifiers were seen together) is the
 * same person as its canonical id. Names are indexed for the staff search only: they are not
 * unique, so they never decide who a contact is.
 */
export class CitizenDirectory1796250200001 implements MigrationInterface {
  name = 'CitizenDirectory1796250200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE citizen_identifiers (
        blind_index bytea PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('fiscal_code', 'email', 'phone')),
        citizen_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT citizen_identifiers_index_length CHECK (octet_length(blind_index) = 32)
      )`);
    await queryRunner.query('CREATE INDEX citizen_identifiers_citizen ON citizen_identifiers (citizen_id)');
    await queryRunner.query(`
      CREATE TABLE citizen_aliases (
        citizen_id uuid PRIMARY KEY,
        canonical_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT citizen_aliases_not_self CHECK (citizen_id <> canonical_id)
      )`);
    await queryRunner.query('CREATE INDEX citizen_aliases_canonical ON citizen_aliases (canonical_id)');
    await queryRunner.query(`
      CREATE TABLE citizen_names (
        blind_index bytea NOT NULL,
        citizen_id uuid NOT NULL,
        PRIMARY KEY (blind_index, citizen_id),
        CONSTRAINT citizen_names_index_length CHECK (octet_length(blind_index) = 32)
      )`);
    await queryRunner.query('CREATE INDEX citizen_names_citizen ON citizen_names (citizen_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE citizen_names');
    await queryRunner.query('DROP TABLE citizen_aliases');
    await queryRunner.query('DROP TABLE citizen_identifiers');
  }
}
