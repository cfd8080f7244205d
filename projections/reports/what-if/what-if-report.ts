/**
 * "How would the year have gone under this charter?": the report computed twice over the same
 * facts, once against the charter on record and once against the proposal, and the figures
 * that differ listed. Nothing is appended, no table is written. The API computes it from the
 * tallies of sector_performance, as the yearly report is (they know no charter, so any
 * charter is measured on the same counts); the CLI, which needs the event store only,
 * replays the log in memory (the audit's replay). Both give the same what-if
 * (test/reports/what-if.e2e.spec.ts).
 */
import type { Instant, EventStore } from '../../../src/read-side';
import { recordedBy } from '../../audit/replay/cut-off';
import { replayedQualityReport } from '../../audit/replay/replayed-reports';
import { replayLog } from '../../audit/replay/replay-log';
import { compareReports } from '../../audit/verify/compare-reports';
import type { QualityReport } from '../../charter-compliance/compute/quality-report';
import { qualityReportFromTallies } from '../../charter-compliance/compute/quality-report-from-tallies';
import type { ComplianceThresholds } from '../../charter-compliance/compute/thresholds';
import { readTalliedReportInput, type QualityReportTables } from '../../charter-compliance/reading/quality-report-reader';
import type { StandardRecord } from '../../charter-compliance/standards/standard-record';
import type { SqlRunner } from '../../sector-performance/reading/facts-reader';
import { ProposalChange, proposedCharter, ProposedStandard } from './proposed-charter';

export interface WhatIfReport {
  year: number;
  asOf: Instant;
  /** The proposal as applied: which codes it revised and which it added. */
  changes: ProposalChange[];
  /** Only when computed by replaying the log: how many events were folded. */
  eventsReplayed?: number;
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

/** From the tallies; null when the tables have none (those of a projection's previous version). */
export async function whatIfFromTallies(
  sql: SqlRunner,
  tables: QualityReportTables,
  year: number,
  proposal: readonly ProposedStandard[],
  asOf: Instant,
  thresholds: ComplianceThresholds,
): Promise<WhatIfReport | null> {
  const input = await readTalliedReportInput(sql, tables, year, asOf);
  if (!input) return null;
  return whatIfOver(input.standards, proposal, year, asOf, (standards) => qualityReportFromTallies({ ...input, standards, thresholds }));
}

/** By replaying the log as recorded by `asOf`: needs the event store only. */
export async function whatIfByReplay(
  store: EventStore,
  year: number,
  proposal: readonly ProposedStandard[],
  asOf: Instant,
  thresholds: ComplianceThresholds,
): Promise<WhatIfReport> {
  const replay = await replayLog(store, (event) => recordedBy(event, asOf));
  const report = (standards: readonly StandardRecord[]) =>
    replayedQualityReport({ ...replay.state, standards: new Map(standards.map((s) => [s.standardId, s])) }, year, asOf, thresholds);
  return { ...whatIfOver([...replay.state.standards.values()], proposal, year, asOf, report), eventsReplayed: replay.eventsReplayed };
}

function whatIfOver(
  recorded: readonly StandardRecord[],
  proposal: readonly ProposedStandard[],
  year: number,
  asOf: Instant,
  report: (standards: readonly StandardRecord[]) => QualityReport,
): WhatIfReport {
  // Checked before the reports are computed, so a bad proposal costs no computation.
  const charter = proposedCharter(recorded, proposal, year);
  const real = report(recorded);
  const proposed = report(charter.standards);
  // compareReports names a side "stored" and the other "replayed": here real and proposed.
  const differences = compareReports(real, proposed).differences.map((d) => ({ figure: d.figure, real: d.stored, proposed: d.replayed }));
  return { year, asOf, changes: charter.changes, real, proposed, differences };
}
