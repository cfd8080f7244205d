/**
 * The rules a report judges by, beyond the charter's own targets. They are the office's
 * choices, printed in the report's method notes, and configurable (projections/reports/report-settings.ts).
 */
export interface ComplianceThresholds {
  /** A figure drawn from fewer cases than this is flagged "campione insufficiente". */
  minSample: number;
  /**
   * A time standard ("within 30 days", "immediate") is met when at least this share of the
   * cases it applies to were within it. A single late case should not fail a year.
   */
  timeStandardMinShare: number;
  /** A sector is late when fewer of its final replies than this were within the charter's term. */
  sectorMinWithinShare: number;
  /** A sector is late when more of its routings than this needed a reminder. */
  sectorMaxReminderShare: number;
}

export const DEFAULT_THRESHOLDS: ComplianceThresholds = {
  minSample: 10,
  timeStandardMinShare: 0.9,
  sectorMinWithinShare: 0.9,
  sectorMaxReminderShare: 0.2,
};
