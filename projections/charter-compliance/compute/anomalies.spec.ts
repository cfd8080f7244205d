import { figure } from '../../sector-performance/compute/figures';
import type { CorrectiveActionRecord } from '../corrective-actions/corrective-action-record';
import type { VersionInForce } from '../standards/versions-in-force';
import { findAnomalies, MeasuredVersion } from './anomalies';
import type { SectorYearResult } from './sector-year';
import { DEFAULT_THRESHOLDS } from './thresholds';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const version = (standardId: string, code: string, from: string, until: string): VersionInForce => ({
  standardId,
  code,
  service: 'Servizio',
  measure: 'final_reply_days',
  appliesTo: null,
  versionNo: 0,
  indicator: 'Indicatore',
  target: { kind: 'max_days', days: 30 },
  effectiveFrom: from,
  effectiveUntil: null,
  from,
  until,
  setByEventId: 'e',
});

const measured = (v: VersionInForce, value: number, result: 'met' | 'not_met'): MeasuredVersion => ({
  version: v,
  measurement: { measured: figure(value, 40, 10), required: 0.9, days: null, result, reason: null },
});

const sector = (sectorId: string, fields: Partial<SectorYearResult>): SectorYearResult => ({
  sectorId,
  name: `Settore ${sectorId}`,
  received: 40,
  routed: 40,
  repliesWithinStandard: figure(0.95, 40, 10),
  remindersSent: 0,
  reminderShare: figure(0, 40, 10),
  overdueAtPeriodEnd: 0,
  repliesLate: false,
  tooManyReminders: false,
  ...fields,
});

const action = (actionId: string, standardId: string | null, sectorId: string | null): CorrectiveActionRecord => ({
  actionId,
  year: 2026,
  standardId,
  sectorId,
  anomaly: 'Ritardi',
  action: 'Formazione dei referenti',
  owner: 'Responsabile URP',
  dueDate: null,
  recordedAt: '2027-01-20T09:00:00.000Z',
  recordedBy: 'manager',
  eventId: `event-${actionId}`,
});

describe('anomalies', () => {
  const replies = version('s2', 'URP-02', '2026-07-01', '2026-12-31');
  const actions = [action('a1', 's2', null), action('a2', null, 'tributi'), action('a3', 's2', 'tributi'), action('a4', null, null)];

  it('every version not met is one, with the actions recorded for its standard', () => {
    const anomalies = findAnomalies(
      [measured(version('s2', 'URP-02', '2026-01-01', '2026-06-30'), 0.95, 'met'), measured(replies, 0.7, 'not_met')],
      [],
      YEAR,
      actions,
      DEFAULT_THRESHOLDS,
    );
    expect(anomalies).toEqual([
      {
        kind: 'standard_not_met',
        standardId: 's2',
        code: 'URP-02',
        sectorId: null,
        sectorName: null,
        from: '2026-07-01',
        until: '2026-12-31',
        measured: figure(0.7, 40, 10),
        threshold: 0.9,
        correctiveActionIds: ['a1', 'a3'],
      },
    ]);
  });

  it('a late sector and a sector needing too many reminders are one each, with the actions recorded for the sector', () => {
    const anomalies = findAnomalies(
      [],
      [
        sector('tributi', { repliesLate: true, repliesWithinStandard: figure(0.6, 40, 10), tooManyReminders: true, reminderShare: figure(0.3, 40, 10) }),
        sector('lavori', {}),
      ],
      YEAR,
      actions,
      DEFAULT_THRESHOLDS,
    );
    expect(anomalies.map((a) => [a.kind, a.sectorId, a.measured.value, a.threshold, a.correctiveActionIds, a.from, a.until])).toEqual([
      ['sector_replies_late', 'tributi', 0.6, 0.9, ['a2', 'a3'], '2026-01-01', '2026-12-31'],
      ['sector_reminders', 'tributi', 0.3, 0.2, ['a2', 'a3'], '2026-01-01', '2026-12-31'],
    ]);
  });
});
