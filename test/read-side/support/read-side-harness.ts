/**
 * A fresh database with the event store, the vault and a projection runner running the read
 * models, for the projection specs. Waiting is on positions (waitForPosition), never on time.
 */
import { DataSource } from 'typeorm';
import { CitizenErasure, createPostgresDataKeyStore, DataKeyStore, keyRingFrom, PersonalDataVault, sqlQueryFrom } from '../../../src/personal-data';
import type { EventStore } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import { ManualClock } from '../../../src/shared/clock';
import type { Projection } from '../../../projections/runner/projection';
import type { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { connect, Connections, testRunner } from '../../../projections/testing/test-harness';
import { provisionTestDatabase, TestDatabase } from '../../support/database';
import { EventWriter } from './event-writer';

export interface ReadSideHarness {
  dataSource: DataSource;
  store: EventStore;
  vault: PersonalDataVault;
  keys: DataKeyStore;
  erasure: CitizenErasure;
  clock: ManualClock;
  runner: ProjectionRunner;
  write: EventWriter;
  /** Waits until the projections have applied everything up to the position (default: the last append). */
  caughtUp(position?: Position): Promise<void>;
  close(): Promise<void>;
}

export async function startReadSide(projections: Projection[], now = '2026-03-20T09:00:00.000Z'): Promise<ReadSideHarness> {
  const database: TestDatabase = await provisionTestDatabase();
  const connections: Connections = await connect(database.url);
  const keys = createPostgresDataKeyStore(sqlQueryFrom(connections.dataSource), { keyRing: keyRingFrom('read-side-key-encryption-key-01') });
  const vault = new PersonalDataVault(keys);
  const clock = new ManualClock(now);
  const runner = testRunner(connections, projections);
  runner.start();
  const write = new EventWriter(connections.store, vault);
  return {
    dataSource: connections.dataSource,
    store: connections.store,
    vault,
    keys,
    erasure: new CitizenErasure(connections.store, clock, keys, vault),
    clock,
    runner,
    write,
    async caughtUp(position) {
      const target = position ?? write.last;
      if (target) await runner.waitForPosition(target, 30_000);
    },
    async close() {
      await runner.stop();
      await connections.close();
      await database.dispose();
    },
  };
}
