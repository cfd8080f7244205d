/**
 * The figures of the yearly compliance report (charter-compliance/compute/quality-report.ts),
 * addressed as:
 *   received                                   cases received in the year
 *   standard:<standardId>:<from>[:within|:days] a standard version's measured share; the cases
 *                                              within it; the days taken (time measures)
 *   survey:answerRate | survey:positiveShare   the year's survey
 *   sector:<sectorId>:<figure>                 a sector's year: any period figure
 *                                              (repliesWithinStandard = finalReplyWithinStandard)
 * `<from>` is the first day the version counts in the year, as the report prints it.
 */
import type { CaseKind, Instant } from '../../../src/read-side';
import { targetDays } from '../../charter-compliance/compute/target-evaluation';
import type { StandardRecord } from '../../charter-compliance/standards/standard-record';
import { VersionInForce, versionsInForceDuring } from '../../charter-compliance/standards/versions-in-force';
import { within } from '../../sector-performance/compute/instants';
import { periodBounds, yearPeriod } from '../../sector-performance/compute/report-period';
import type { ClockRecord, FactsInPeriod, RoutingRecord } from '../../sector-performance/facts/case-facts';
import type { FigureSelection } from './contribution';
import { judgedFinalReply, judgedTakeCharge, selectPeriodFigure } from './period-figures';
import { answerRateSelection, daysSelection, JudgedFact, positiveShareSelection, withinCountSelection, withinShareSelection } from './selections';
import { UnknownFigureError } from './unknown-figure';

export interface QualityScope {
  year: number;
  standards: readonly StandardRecord[];
  facts: FactsInPeriod;
  asOf: Instant;
}

/** The report's own names for a sector's year, mapped onto the period figures. */
const SECTOR_YEAR_NAMES: Record<string, string> = { repliesWithinStandard: 'finalReplyWithinStandard' };

export function selectQualityFigure(address: string, scope: QualityScope): FigureSelection {
  const [head, ...rest] = address.split(':');
  const period = yearPeriod(scope.year);
  switch (head) {
    case 'received':
      if (rest.length === 0) return selectPeriodFigure(address, 'received', { facts: scope.facts, period, asOf: scope.asOf });
      break;
    case 'survey':
      if (rest.length === 1) return selectPeriodFigure(address, surveyFigure(rest[0]), { facts: scope.facts, period, asOf: scope.asOf });
      break;
    case 'sector':
      if (rest.length === 2) return selectPeriodFigure(address, SECTOR_YEAR_NAMES[rest[1]] ?? rest[1], { facts: ofSector(scope.facts, rest[0]), period, asOf: scope.asOf });
      break;
    case 'standard':
      if (rest.length === 2 || rest.length === 3) return standardFigure(address, versionOf(scope, rest[0], rest[1]), rest[2], scope);
      break;
  }
  throw new UnknownFigureError(`No figure "${address}" in the yearly report: received, standard:<id>:<from>[:within|:days], survey:answerRate|positiveShare, sector:<id>:<figure>`);
}

function surveyFigure(name: string): string {
  if (name === 'answerRate' || name === 'positiveShare') return name;
  throw new UnknownFigureError(`No survey figure "${name}": answerRate or positiveShare`);
}

function ofSector(facts: FactsInPeriod, sectorId: string): FactsInPeriod {
  return { clocks: facts.clocks.filter((c) => c.sectorId === sectorId), routings: facts.routings.filter((r) => r.sectorId === sectorId) };
}

function versionOf(scope: QualityScope, standardId: string, from: string): VersionInForce {
  const version = versionsInForceDuring(scope.standards, yearPeriod(scope.year)).find((v) => v.standardId === standardId && v.from === from);
  if (!version) throw new UnknownFigureError(`No version of standard ${standardId} counts from ${from} in ${scope.year}`);
  return version;
}

/** As measureVersion selects: the version's days, the kinds it applies to, its target's days. */
function standardFigure(address: string, version: VersionInForce, part: string | undefined, scope: QualityScope): FigureSelection {
  const bounds = periodBounds({ from: version.from, to: version.until });
  const applies = appliesToKind(version.appliesTo);
  const days = targetDays(version.target);
  const closed = scope.facts.clocks.filter((c) => applies(c) && within(c.closedAt, bounds));
  if (version.measure === 'survey_answer_rate' && part === undefined) return answerRateSelection(address, closed, scope.asOf);
  if (version.measure === 'survey_positive_share' && part === undefined) return positiveShareSelection(address, closed, scope.asOf);
  if (days === null || (version.measure !== 'final_reply_days' && version.measure !== 'take_charge_days')) {
    throw new UnknownFigureError(`Standard ${version.code} from ${version.from} has no figure "${part ?? 'measured'}"`);
  }
  const judged: JudgedFact[] =
    version.measure === 'final_reply_days'
      ? scope.facts.clocks.filter((c) => applies(c) && within(c.startedAt, bounds)).map((c) => judgedFinalReply(c, days, scope.asOf))
      : scope.facts.routings.filter((r) => applies(r) && within(r.routedAt, bounds)).map((r) => judgedTakeCharge(r, days, scope.asOf));
  if (part === undefined) return withinShareSelection(address, judged);
  if (part === 'within') return withinCountSelection(address, judged);
  if (part === 'days') return daysSelection(address, judged);
  throw new UnknownFigureError(`No part "${part}" of a standard figure: within or days`);
}

/** Replicates standard-measurement.ts's (unexported) rule: null applies to every case, a list only to those kinds. */
function appliesToKind(kinds: readonly CaseKind[] | null): (fact: ClockRecord | RoutingRecord) => boolean {
  return (fact) => kinds === null || (fact.kind !== null && kinds.includes(fact.kind));
}
