/**
 * How far the stored report tables go: each report projection's live checkpoint. A
 * verification replays each projection's events exactly that far, so a projector merely
 * behind is not mistaken for a projection that is wrong.
 */
import { type RecordedEvent, comparePositions, type Position } from '../../../src/read-side';
import { CharterComplianceProjection } from '../../charter-compliance/charter-compliance.projection';
import { readCheckpoint } from '../../runner/checkpoint-store';
import type { Projection } from '../../runner/projection';
import type { SqlExecutor } from '../../runner/sql-executor';
import { SectorPerformanceProjection } from '../../sector-performance/sector-performance.projection';

const REPORT_PROJECTIONS: readonly Projection[] = [new SectorPerformanceProjection(), new CharterComplianceProjection()];

export interface ProjectedThrough {
  /** Per projection name: its checkpoint, null before it applied anything. */
  checkpoints: Record<string, Position | null>;
}

export async function reportsProjectedThrough(db: SqlExecutor): Promise<ProjectedThrough> {
  const checkpoints: Record<string, Position | null> = {};
  for (const projection of REPORT_PROJECTIONS) checkpoints[projection.name] = (await readCheckpoint(db, projection.name, 'live'))?.checkpoint ?? null;
  return { checkpoints };
}

/** Whether the projection that folds this event type had applied it. */
export function projectedEvent(through: ProjectedThrough, event: RecordedEvent): boolean {
  return REPORT_PROJECTIONS.some((projection) => {
    const checkpoint = through.checkpoints[projection.name];
    return (projection.handles ?? []).includes(event.type) && checkpoint !== null && comparePositions(event.position, checkpoint) <= 0;
  });
}
