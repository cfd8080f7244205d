import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One checkpoint table for every follower of the log. The deadline timers' position moves
 * from its own case_timers_checkpoint row into projection_checkpoints (follower
 * 'case_timers'), and the hash chain's tail gets a row there too ('hash_chain', kept by the
 * same statement that appends the links), so the status view reads every follower from one
 * place. version 1 and no tables: neither is a rebuildable read model.
 */
export class OneCheckpointTable1796250700000 implements MigrationInterface {
  name = 'OneCheckpointTable1796250700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO projection_checkpoints (projection, slot, version, tables, checkpoint_commit, checkpoint_prepare)
      SELECT 'case_timers', 'live', 1, '{}', position_commit, position_prepare FROM case_timers_checkpoint
      ON CONFLICT (projection, slot) DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO projection_checkpoints (projection, slot, version, tables, checkpoint_commit, checkpoint_prepare, events_applied)
      SELECT 'hash_chain', 'live', 1, '{}', tail.position_commit, tail.position_prepare, coalesce(tail.sequence, 0)
      FROM (SELECT NULL) AS one
      LEFT JOIN (SELECT * FROM event_hash_chain ORDER BY sequence DESC LIMIT 1) AS tail ON true
      ON CONFLICT (projection, slot) DO NOTHING`);
    await queryRunner.query('DROP TABLE case_timers_checkpoint');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_timers_checkpoint (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position_commit bigint,
        position_prepare bigint,
        CHECK ((position_commit IS NULL) = (position_prepare IS NULL))
      )`);
    await queryRunner.query(`
      INSERT INTO case_timers_checkpoint (position_commit, position_prepare)
      SELECT checkpoint_commit, checkpoint_prepare FROM projection_checkpoints WHERE projection = 'case_timers' AND slot = 'live'
      UNION ALL SELECT NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM projection_checkpoints WHERE projection = 'case_timers')`);
    await queryRunner.query(`DELETE FROM projection_checkpoints WHERE projection IN ('case_timers', 'hash_chain')`);
  }
}
