import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stream names compare byte by byte (COLLATE "C"): they are ASCII identifiers, never sorted
 * for people, and under "C" PostgreSQL serves `stream_name LIKE 'prefix%'` from the
 * (stream_name, stream_revision) key (checked with EXPLAIN: a range scan on it). So the
 * separate text_pattern_ops index, one more insert on every append, goes.
 */
export class StreamNamesInByteOrder1796250100001 implements MigrationInterface {
  name = 'StreamNamesInByteOrder1796250100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE events ALTER COLUMN stream_name TYPE text COLLATE "C"');
    await queryRunner.query('DROP INDEX events_stream_prefix_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX events_stream_prefix_idx ON events (stream_name text_pattern_ops)');
    await queryRunner.query('ALTER TABLE events ALTER COLUMN stream_name TYPE text COLLATE "default"');
  }
}
