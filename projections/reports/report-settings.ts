/**
 * How the reports judge and what they print about the office, from the environment:
 *   URP_ENTITY_NAME                          the ente printed on the reports ('Comune di …')
 *   URP_REPORT_MIN_SAMPLE                    fewer cases than this: "campione insufficiente" (10)
 *   URP_REPORT_TIME_STANDARD_MIN_PERCENT     a time standard is met with this % of cases within it (90)
 *   URP_REPORT_SECTOR_MIN_WITHIN_PERCENT     a sector is late below this % of replies within terms (90)
 *   URP_REPORT_SECTOR_MAX_REMINDER_PERCENT   a sector is late above this % of routings reminded (20)
 */
import { ComplianceThresholds, DEFAULT_THRESHOLDS } from '../charter-compliance/compute/thresholds';

export interface ReportSettings extends ComplianceThresholds {
  entityName: string;
}

export const REPORT_SETTINGS = Symbol('REPORT_SETTINGS');

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { ...DEFAULT_THRESHOLDS, entityName: 'Comune' };

export function reportSettingsFrom(env: NodeJS.ProcessEnv): ReportSettings {
  return {
    entityName: env.URP_ENTITY_NAME?.trim() || DEFAULT_REPORT_SETTINGS.entityName,
    minSample: wholeNumber(env, 'URP_REPORT_MIN_SAMPLE', DEFAULT_THRESHOLDS.minSample),
    timeStandardMinShare: percent(env, 'URP_REPORT_TIME_STANDARD_MIN_PERCENT', DEFAULT_THRESHOLDS.timeStandardMinShare),
    sectorMinWithinShare: percent(env, 'URP_REPORT_SECTOR_MIN_WITHIN_PERCENT', DEFAULT_THRESHOLDS.sectorMinWithinShare),
    sectorMaxReminderShare: percent(env, 'URP_REPORT_SECTOR_MAX_REMINDER_PERCENT', DEFAULT_THRESHOLDS.sectorMaxReminderShare),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of cases, at least 1 (got "${raw}")`);
  return value;
}

/** Read as a percentage, kept as a share (0-1) like every share the reports compute. */
function percent(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new Error(`${name} must be a percentage from 0 to 100 (got "${raw}")`);
  return value / 100;
}
