/**
 * A fresh database with the event store and a projection runner running the report
 * projections, for the projection specs. Waiting is on positions, never on time.
 */
import type { DataSource } from 'typeorm';
import type { EventStore } from '../../../src/event-store/event-store.port';
import type { Position } from '../../../src/event-store/position';
import { CharterComplianceProjection } from '../../../projections/charter-compliance/charter-compliance.projection';
import type { ProjectionRunner } from '../../../projections/runner/projection-runner';
import { SectorPerformanceProjection } from '../../../projections/sector-performance/sector-performance.projection';
import { connect, testRunner } from '../../../projections/testing/test-harness';
import { provisionTestDatabase } from '../../support/database';

export interface ReportProjections {
  dataSource: DataSource;
  store: EventStore;
  runner: ProjectionRunner;
  /** Waits until both projections have applied everything up to the position. */
  caughtUp(position: Position): Promise<void>;
  close(): Promise<void>;
}

export async function startReportProjections(): Promise<ReportProjections> {
  const database = await provisionTestDatabase();
  const connections = await connect(database.url);
  const runner = testRunner(connections, [new SectorPerformanceProjection(), new CharterComplianceProjection()]);
  runner.start();
  return {
    dataSource: connections.dataSource,
    store: connections.store,
    runner,
    caughtUp: (position) => runner.waitForPosition(position, 30_000),
    async close() {
      await runner.stop();
      await connections.close();
      await database.dispose();
    },
  };
}
