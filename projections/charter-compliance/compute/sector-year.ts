/**
 * Each sector's year, as the compliance report needs it: volume, replies within the
 * charter's term, reminders, and whether either makes it a late sector.
 */
import type { Instant } from '../../../src/read-side';
import type { Figure } from '../../sector-performance/compute/figures';
import { performanceFigures } from '../../sector-performance/compute/performance-figures';
import type { ReportPeriod } from '../../sector-performance/compute/report-period';
import { sectorsOfPeriod } from '../../sector-performance/compute/sectors-of-period';
import type { FactsInPeriod } from '../../sector-performance/facts/case-facts';
import type { SectorEntry } from '../../sector-performance/facts/sector-facts';
import type { ComplianceThresholds } from './thresholds';

export interface SectorYearResult {
  sectorId: string;
  name: string;
  received: number;
  routed: number;
  repliesWithinStandard: Figure;
  remindersSent: number;
  /** Routings that needed at least one reminder / routings. */
  reminderShare: Figure;
  overdueAtPeriodEnd: number;
  /** Fewer replies within the term than the threshold, on at least the minimum sample. */
  repliesLate: boolean;
  /** More routings needing reminders than the threshold, on at least the minimum sample. */
  tooManyReminders: boolean;
}

export function sectorYearResults(
  sectors: readonly SectorEntry[],
  facts: FactsInPeriod,
  period: ReportPeriod,
  asOf: Instant,
  thresholds: ComplianceThresholds,
): SectorYearResult[] {
  return sectorsOfPeriod(sectors, facts, period).map((sector) => {
    const figures = performanceFigures({
      clocks: facts.clocks.filter((c) => c.sectorId === sector.sectorId),
      routings: facts.routings.filter((r) => r.sectorId === sector.sectorId),
      period,
      asOf,
      minSample: thresholds.minSample,
    });
    return sectorVerdicts(
      {
        sectorId: sector.sectorId,
        name: sector.name,
        received: figures.received.total,
        routed: figures.routing.routed,
        repliesWithinStandard: figures.finalReplies.withinStandard,
        remindersSent: figures.routing.remindersSent,
        reminderShare: figures.routing.reminderShare,
        overdueAtPeriodEnd: figures.periodEnd.overdue,
      },
      thresholds,
    );
  });
}

/** A sector's figures with the verdicts they give. */
export function sectorVerdicts(figures: Omit<SectorYearResult, 'repliesLate' | 'tooManyReminders'>, thresholds: ComplianceThresholds): SectorYearResult {
  const within = figures.repliesWithinStandard;
  const reminders = figures.reminderShare;
  return {
    ...figures,
    // No verdict on too few cases: 1 late reply out of 3 is no anomaly a comune should declare.
    repliesLate: within.value !== null && !within.lowSample && within.value < thresholds.sectorMinWithinShare,
    tooManyReminders: reminders.value !== null && !reminders.lowSample && reminders.value > thresholds.sectorMaxReminderShare,
  };
}
