import type { StandardRecord } from '../../charter-compliance/standards/standard-record';
import { proposedCharter } from './proposed-charter';

const URP02: StandardRecord = {
  standardId: 's-02',
  code: 'URP-02',
  service: 'Gestione segnalazioni',
  measure: 'final_reply_days',
  appliesTo: ['report'],
  versions: [
    { indicator: 'Risposta entro 30 giorni', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', eventId: 'e1' },
    { indicator: 'Risposta entro 25 giorni', target: { kind: 'max_days', days: 25 }, effectiveFrom: '2026-03-01', eventId: 'e2' },
  ],
  retiredFrom: null,
  retiredEventId: null,
};

describe('a proposed charter', () => {
  it('gives an existing code its new target from the first day of the year, keeping what applied before', () => {
    const { standards, changes } = proposedCharter([URP02], [{ code: 'URP-02', target: { kind: 'max_days', days: 20 } }], 2026);
    expect(standards[0].versions.map((v) => [v.effectiveFrom, v.target, v.indicator])).toEqual([
      ['2025-01-01', { kind: 'max_days', days: 30 }, 'Risposta entro 30 giorni'],
      ['2026-01-01', { kind: 'max_days', days: 20 }, 'Risposta entro 30 giorni'],
    ]);
    expect(changes).toEqual([{ code: 'URP-02', change: 'revised', standardId: 's-02' }]);
  });

  it('from a date of its own, the versions before it stay as recorded', () => {
    const { standards } = proposedCharter([URP02], [{ code: 'URP-02', target: { kind: 'immediate' }, effectiveFrom: '2026-06-01' }], 2026);
    expect(standards[0].versions.map((v) => v.effectiveFrom)).toEqual(['2025-01-01', '2026-03-01', '2026-06-01']);
  });

  it('adds a new code as a new standard, and leaves the charter given untouched', () => {
    const proposal = [{ code: 'URP-10', measure: 'survey_answer_rate' as const, indicator: 'Almeno il 50%', target: { kind: 'min_share' as const, percent: 50 } }];
    const { standards, changes } = proposedCharter([URP02], proposal, 2026);
    expect(standards.map((s) => s.code)).toEqual(['URP-02', 'URP-10']);
    expect(standards[1]).toMatchObject({ standardId: 'proposta-URP-10', appliesTo: null, versions: [{ effectiveFrom: '2026-01-01' }] });
    expect(changes[0].change).toBe('added');
    expect(URP02.versions).toHaveLength(2);
  });

  it('refuses what cannot be measured, naming the field', () => {
    const refused = (proposal: Parameters<typeof proposedCharter>[1]) => () => proposedCharter([URP02], proposal, 2026);
    expect(refused([{ code: 'URP-02', target: { kind: 'min_share', percent: 50 } }])).toThrow('standards[0].target min_share does not fit the measure final_reply_days');
    expect(refused([{ code: 'URP-02', measure: 'take_charge_days', target: { kind: 'max_days', days: 5 } }])).toThrow('standards[0].measure cannot change');
    expect(refused([{ code: 'URP-11', target: { kind: 'max_days', days: 5 } }])).toThrow('standards[0].measure is required for URP-11');
    expect(refused([{ code: 'URP-11', measure: 'final_reply_days', target: { kind: 'max_days', days: 5 } }])).toThrow('standards[0].indicator is required');
    expect(refused([{ code: 'URP-02', target: { kind: 'max_days', days: 5 } }, { code: 'URP-02', target: { kind: 'max_days', days: 6 } }])).toThrow('standards[1].code URP-02 is proposed twice');
    expect(refused([{ code: 'URP-12', measure: 'survey_answer_rate', indicator: 'x', target: { kind: 'min_share', percent: 150 } }])).toThrow('standards[0].target.percent must be from 0 to 100');
  });
});
