/**
 * "How would the year have gone under this charter?": the year's events replayed in memory
 * (the audit's replay: projections/audit/replay), the report computed twice over the same
 * facts, once against the charter on record and once against the proposal, and the figures
 * that differ listed. Nothing is appended, no table is written.
 */
import type { Instant, EventStore } from '../../../src/read-side';
import { recordedBy } from '../../audit/replay/cut-off';
import { replayedQualityReport } from '../../audit/replay/replayed-reports';
import { replayLog } from '../../audit/replay/replay-log';
import { compareReports } from '../../audit/verify/compare-reports';
import type { QualityReport } from '../../charter-compliance/compute/quality-report';
import type { ComplianceThresholds } from '../../charter-compliance/compute/thresholds';
import { ProposalChange, proposedCharter, ProposedStandard } from './proposed-charter';

export interface WhatIfReport {
  year: number;
  asOf: Instant;
  /** The proposal as applied: which codes it revised and which it added. */
  changes: ProposalChange[];
  eventsReplayed: number;
  /** Against the charter on record. */
  real: QualityReport;
  /** Against the proposed charter. */
  proposed: QualityReport;
  /** Every figure that differs (paths as in the audit's verification). */
  differences: WhatIfDifference[];
}

export interface WhatIfDifference {
  figure: string;
  /** Undefined when the figure exists on one side only (a standard added or no longer in force). */
  real: unknown;
  proposed: unknown;
}

export async function whatIfReport(
  store: EventStore,
  year: number,
  proposal: readonly ProposedStandard[],
  asOf: Instant,
  thresholds: ComplianceThresholds,
): Promise<WhatIfReport> {
  const replay = await replayLog(store, (event) => recordedBy(event, asOf));
  // Checked before the reports are computed, so a bad proposal costs no computation.
  const charter = proposedCharter([...replay.state.standards.values()], proposal, year);
  const real = replayedQualityReport(replay.state, year, asOf, thresholds);
  const proposedState = { ...replay.state, standards: new Map(charter.standards.map((s) => [s.standardId, s])) };
  const proposed = replayedQualityReport(proposedState, year, asOf, thresholds);
  // compareReports names a side "stored" and the other "replayed": here real and proposed.
  const differences = compareReports(real, proposed).differences.map((d) => ({ figure: d.figure, real: d.stored, proposed: d.replayed }));
  return { year, asOf, changes: charter.changes, eventsReplayed: replay.eventsReplayed, real, proposed, differences };
}
