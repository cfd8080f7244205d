/**
 * Events of a corrective-actions stream (`corrective-actions-${year}`): what the office
 * decided to do about the anomalies of a year. The yearly "Relazione sui risultati
 * conseguiti nell'applicazione della Carta di qualità dei servizi" publishes them beside
 * the anomalies they answer (Casale Monferrato charter). One stream per report year.
 *
 * Staff texts only: no citizen's personal data belongs here, so nothing is encrypted and
 * the published report can quote every field.
 */
import type { DomainEvent, Instant, RomeDate } from './event';

/** A manager recorded a corrective action for an anomaly of the year's report. */
export type CorrectiveActionRecorded = DomainEvent<
  'CorrectiveActionRecorded',
  {
    actionId: string;
    /** The report year whose anomaly the action answers. */
    year: number;
    /** The charter standard the anomaly concerns, when it concerns one. */
    standardId: string | null;
    /** The sector the anomaly concerns, when it concerns one. */
    sectorId: string | null;
    /** The anomaly found, as the report will print it (Italian). */
    anomaly: string;
    /** What will be done about it (Italian). */
    action: string;
    /** Who carries it out: an office or a role, never a citizen. */
    owner: string;
    /** By when it should be done, when a date was set. */
    dueDate: RomeDate | null;
    recordedAt: Instant;
  }
>;

export type CorrectiveActionEvent = CorrectiveActionRecorded;

export type CorrectiveActionEventType = CorrectiveActionEvent['type'];

// A record, so the compiler fails when a type is added to the union and not here.
const correctiveActionEventTypes: Record<CorrectiveActionEventType, true> = { CorrectiveActionRecorded: true };

export const CORRECTIVE_ACTION_EVENT_TYPES = Object.keys(correctiveActionEventTypes) as readonly CorrectiveActionEventType[];

export const CORRECTIVE_ACTIONS_STREAM_PREFIX = 'corrective-actions-';

export function correctiveActionsStream(year: number): string {
  return `${CORRECTIVE_ACTIONS_STREAM_PREFIX}${year}`;
}
