/**
 * The end of a rebuild: in ONE transaction the rebuilt tables replace the live ones and the
 * live checkpoint becomes the rebuild's. It first locks the live checkpoint row, which is
 * where every live batch starts (batch-applier.ts): the live writer, in this process or
 * another, waits for the swap, then finds its checkpoint moved and resumes from the new one.
 * Readers wait only for the renames (an instant); they never see a missing or half-built table.
 */
import type { DataSource } from 'typeorm';
import type { RecordedEvent, Position, Clock } from '../../src/read-side';
import { contextFor, lockExpectedCheckpoint, SlotTarget } from './batch-applier';
import { advanceCheckpoint, lockCheckpoint, promoteRebuildRow, readCheckpoint } from './checkpoint-store';
import { resolveFailure } from './failure-log';
import type { Projection } from './projection';
import { dropTables, existingTables, lockProjectionSetup, renameTable, union } from './table-setup';
import { physicalTable } from './table-names';

export interface SwapResult {
  /** The live checkpoint after the swap. */
  checkpoint: Position | null;
  /** Events applied inside the swap, after the live writer was stopped. */
  drainedEvents: number;
}

/**
 * `drain` hands over the events the rebuild has already read but not applied; they go to
 * the rebuilt tables inside the swap. It must not wait: while this transaction is open the
 * log may not advance (see the event store's stable horizon), so only what is read counts.
 */
export async function swapRebuildIntoLive(
  dataSource: DataSource,
  projection: Projection,
  rebuildCheckpoint: Position | null,
  drain: () => readonly RecordedEvent[],
  clock: Clock,
): Promise<SwapResult> {
  const rebuild: SlotTarget = { projection, slot: 'rebuild' };
  const { name } = projection;
  const swapped = await dataSource.transaction(async (em) => {
    await lockProjectionSetup(em, name);
    const live = await lockCheckpoint(em, name, 'live');
    await lockExpectedCheckpoint(em, rebuild, rebuildCheckpoint);
    let checkpoint = rebuildCheckpoint;
    let drainedEvents = 0;
    for (let events = drain(); events.length > 0; events = drain()) {
      await projection.apply(events, contextFor(em, rebuild));
      checkpoint = events[events.length - 1].position;
      drainedEvents += events.length;
    }
    if (checkpoint && drainedEvents > 0) await advanceCheckpoint(em, name, 'rebuild', checkpoint, drainedEvents);
    // The live tables of the stored version move aside (it may have had other tables), the new ones in.
    const liveTables = union(live?.tables, projection.tables);
    for (const table of await existingTables(em, liveTables)) await renameTable(em, table, physicalTable(table, 'old'));
    for (const table of projection.tables) await renameTable(em, physicalTable(table, 'rebuild'), table);
    await promoteRebuildRow(em, (await readCheckpoint(em, name, 'rebuild'))!);
    await resolveFailure(em, name, clock.now());
    return { checkpoint, drainedEvents, oldTables: liveTables.map((table) => physicalTable(table, 'old')) };
  });
  // Outside the swap: dropping waits for readers still on the old tables, and must not hold up the new ones.
  await dropTables(dataSource, swapped.oldTables);
  return { checkpoint: swapped.checkpoint, drainedEvents: swapped.drainedEvents };
}
