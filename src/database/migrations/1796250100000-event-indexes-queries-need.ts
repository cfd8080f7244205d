import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every index on `events` costs each append one more index insert, so the table keeps only
 * those a query needs: the two unique keys (idempotent event ids; one event per stream
 * revision, which also serves stream reads), the global order (transaction_id,
 * global_position), the type filter and the stream-prefix filter. The primary key on
 * global_position alone served no query: the log is always read in global order, and the
 * sequence alone keeps positions unique.
 */
export class EventIndexesQueriesNeed1796250100000 implements MigrationInterface {
  name = 'EventIndexesQueriesNeed1796250100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE events DROP CONSTRAINT events_pkey');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (global_position)');
  }
}
