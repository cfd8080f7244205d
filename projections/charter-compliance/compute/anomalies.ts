/**
 * The anomalies a year's report must declare, with the corrective actions recorded for
 * them: every standard version not met, every sector late with its replies or needing too
 * many reminders. A figure below the minimum sample gives no verdict, hence no anomaly
 * (the report prints it as "campione insufficiente").
 */
import type { RomeDate } from '../../../src/read-side';
import type { Figure } from '../../sector-performance/compute/figures';
import type { CorrectiveActionRecord } from '../corrective-actions/corrective-action-record';
import type { VersionInForce } from '../standards/versions-in-force';
import type { SectorYearResult } from './sector-year';
import type { StandardMeasurement } from './standard-measurement';
import type { ComplianceThresholds } from './thresholds';

export const ANOMALY_KINDS = ['standard_not_met', 'sector_replies_late', 'sector_reminders'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export interface Anomaly {
  kind: AnomalyKind;
  standardId: string | null;
  /** The standard's code, for standard anomalies. */
  code: string | null;
  sectorId: string | null;
  sectorName: string | null;
  /** The days the anomaly concerns (a version's days in force, or the whole period). */
  from: RomeDate;
  until: RomeDate;
  measured: Figure;
  /** The share the figure had to reach (a minimum), or stay under (reminders: a maximum). */
  threshold: number;
  /** The corrective actions recorded for it (by standard, or by sector). */
  correctiveActionIds: string[];
}

export interface MeasuredVersion {
  version: VersionInForce;
  measurement: StandardMeasurement;
}

export function findAnomalies(
  versions: readonly MeasuredVersion[],
  sectors: readonly SectorYearResult[],
  period: { from: RomeDate; to: RomeDate },
  actions: readonly CorrectiveActionRecord[],
  thresholds: ComplianceThresholds,
): Anomaly[] {
  const forStandard = (id: string) => actions.filter((a) => a.standardId === id).map((a) => a.actionId);
  const forSector = (id: string) => actions.filter((a) => a.sectorId === id).map((a) => a.actionId);
  const standardAnomalies = versions
    .filter(({ measurement }) => measurement.result === 'not_met')
    .map(({ version, measurement }): Anomaly => ({
      kind: 'standard_not_met',
      standardId: version.standardId,
      code: version.code,
      sectorId: null,
      sectorName: null,
      from: version.from,
      until: version.until,
      measured: measurement.measured,
      threshold: measurement.required ?? 0,
      correctiveActionIds: forStandard(version.standardId),
    }));
  const sectorAnomaly = (sector: SectorYearResult, kind: AnomalyKind, measured: Figure, threshold: number): Anomaly => ({
    kind,
    standardId: null,
    code: null,
    sectorId: sector.sectorId,
    sectorName: sector.name,
    from: period.from,
    until: period.to,
    measured,
    threshold,
    correctiveActionIds: forSector(sector.sectorId),
  });
  const sectorAnomalies = sectors.flatMap((sector) => [
    ...(sector.repliesLate ? [sectorAnomaly(sector, 'sector_replies_late', sector.repliesWithinStandard, thresholds.sectorMinWithinShare)] : []),
    ...(sector.tooManyReminders ? [sectorAnomaly(sector, 'sector_reminders', sector.reminderShare, thresholds.sectorMaxReminderShare)] : []),
  ]);
  return [...standardAnomalies, ...sectorAnomalies];
}
