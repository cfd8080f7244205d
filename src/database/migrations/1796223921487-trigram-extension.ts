import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg_trgm, for the operator queue's substring search (a GIN trigram index). Installed by the
 * owner here, because the application role the system runs as may not create extensions;
 * every supported server (the embedded one included) ships it.
 */
export class TrigramExtension1796223921487 implements MigrationInterface {
  name = 'TrigramExtension1796223921487';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
