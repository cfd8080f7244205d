import { TestDatabase, provisionTestDatabase } from '../../test/support/database';
import { systemClock } from '../../src/read-side';
import { CountingProjection } from '../testing/counting-projection';
import { Connections, connect } from '../testing/test-harness';
import { advanceCheckpoint } from './checkpoint-store';
import { prepareLiveTables, renameTable } from './table-setup';

describe('table setup', () => {
  let db: TestDatabase;
  let connections: Connections;

  beforeEach(async () => {
    db = await provisionTestDatabase();
    connections = await connect(db.url);
  });

  afterEach(async () => {
    await connections.close();
    await db.dispose();
  });

  it('renames a table with the indexes, constraints and sequences named after it', async () => {
    await connections.dataSource.query(`
      CREATE TABLE queue__rebuild (
        id bigserial PRIMARY KEY,
        sector text NOT NULL UNIQUE,
        priority integer CHECK (priority > 0),
        parent bigint REFERENCES queue__rebuild (id))`);
    await connections.dataSource.query('CREATE INDEX queue__rebuild_by_priority ON queue__rebuild (priority)');
    await connections.dataSource.transaction((em) => renameTable(em, 'queue__rebuild', 'queue'));

    const relations = await connections.dataSource.query(
      "SELECT relname FROM pg_class WHERE relname LIKE 'queue%' ORDER BY relname",
    );
    expect(relations.map((row: { relname: string }) => row.relname)).toEqual([
      'queue',
      'queue_by_priority',
      'queue_id_seq',
      'queue_pkey',
      'queue_sector_key',
    ]);
    const constraints: { conname: string; contype: string }[] = await connections.dataSource.query(
      "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'queue'::regclass ORDER BY conname",
    );
    expect(constraints.filter((row) => row.contype !== 'n').map((row) => row.conname)).toEqual([
      'queue_parent_fkey',
      'queue_pkey',
      'queue_priority_check',
      'queue_sector_key',
    ]);
    // PostgreSQL 18 (the embedded server) also records NOT NULL constraints: they follow the rename too.
    for (const { conname } of constraints.filter((row) => row.contype === 'n')) expect(conname).toMatch(/^queue_(?!_rebuild)/);
    // The table still works, its serial included.
    await connections.dataSource.query("INSERT INTO queue (sector, priority) VALUES ('anagrafe', 1)");
    expect(await connections.dataSource.query('SELECT id FROM queue')).toEqual([{ id: '1' }]);
  });

  it('creates missing live tables and starts the projection from the beginning of the log', async () => {
    const projection = new CountingProjection();
    expect(await prepareLiveTables(connections.dataSource, projection, systemClock)).toEqual({ kind: 'ready', checkpoint: null });
    await connections.dataSource.query("INSERT INTO counting_streams VALUES ('case-1', 1, 0)");
    await advanceCheckpoint(connections.dataSource, 'counting', 'live', { commit: 5, prepare: 1 }, 1);
    expect(await prepareLiveTables(connections.dataSource, projection, systemClock)).toEqual({
      kind: 'ready',
      checkpoint: { commit: 5, prepare: 1 },
    });

    // One table lost (dropped by hand): the other alone would not match the checkpoint, so both start over.
    await connections.dataSource.query('DROP TABLE counting_events');
    expect(await prepareLiveTables(connections.dataSource, projection, systemClock)).toEqual({ kind: 'ready', checkpoint: null });
    expect(await connections.dataSource.query('SELECT * FROM counting_streams')).toEqual([]);
  });

  it('keeps the tables of another version serving and asks for a rebuild', async () => {
    await prepareLiveTables(connections.dataSource, new CountingProjection(), systemClock);
    const setup = await prepareLiveTables(connections.dataSource, new CountingProjection({ version: 2 }), systemClock);
    expect(setup).toEqual({ kind: 'rebuild-needed', storedVersion: 1 });
  });
});
