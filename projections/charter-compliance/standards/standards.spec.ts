import type { CharterEvent } from '../../../src/read-side';
import { adopted, retired, revised } from '../testing/charter-events';
import { evolveStandardRecord, StandardRecord } from './standard-record';
import { versionsInForceDuring } from './versions-in-force';

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

function records(events: readonly CharterEvent[]): StandardRecord[] {
  const byId = new Map<string, StandardRecord>();
  events.forEach((event, index) => {
    const next = evolveStandardRecord(byId.get(event.data.standardId), event, `e${index}`);
    if (next) byId.set(next.standardId, next);
  });
  return [...byId.values()];
}

const replyIn30 = adopted({ standardId: 's2', code: 'URP-02', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', appliesTo: ['report'] });

describe('standard records', () => {
  it('keep each version with the event that set it, and the retirement', () => {
    const [record] = records([replyIn30, revised('s2', { kind: 'max_days', days: 25 }, '2026-07-01'), retired('s2', '2027-01-01')]);
    expect(record).toEqual({
      standardId: 's2',
      code: 'URP-02',
      service: 'Gestione segnalazioni, reclami e suggerimenti',
      measure: 'final_reply_days',
      appliesTo: ['report'],
      versions: [
        { indicator: 'Indicatore URP-02', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', eventId: 'e0' },
        { indicator: 'Indicatore rivisto', target: { kind: 'max_days', days: 25 }, effectiveFrom: '2026-07-01', eventId: 'e1' },
      ],
      retiredFrom: '2027-01-01',
      retiredEventId: 'e2',
    });
  });

  it('ignore a revision of a standard never adopted', () => {
    expect(records([revised('nobody', { kind: 'immediate' }, '2026-01-01')])).toEqual([]);
  });
});

describe('standards in force during a year', () => {
  it('a mid-year revision gives two versions, each with its own days', () => {
    const versions = versionsInForceDuring(records([replyIn30, revised('s2', { kind: 'max_days', days: 25 }, '2026-07-01')]), YEAR_2026);
    expect(versions.map((v) => [v.versionNo, v.target, v.effectiveFrom, v.effectiveUntil, v.from, v.until, v.setByEventId])).toEqual([
      [0, { kind: 'max_days', days: 30 }, '2025-01-01', '2026-06-30', '2026-01-01', '2026-06-30', 'e0'],
      [1, { kind: 'max_days', days: 25 }, '2026-07-01', null, '2026-07-01', '2026-12-31', 'e1'],
    ]);
  });

  it('a standard retired mid-year counts until the day before its retirement', () => {
    const [version] = versionsInForceDuring(records([replyIn30, retired('s2', '2026-04-01')]), YEAR_2026);
    expect([version.from, version.until, version.effectiveUntil]).toEqual(['2026-01-01', '2026-03-31', '2026-03-31']);
  });

  it('leaves out what applied only before or only after the year', () => {
    const later = adopted({ standardId: 's9', code: 'URP-09', measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 }, effectiveFrom: '2027-01-01' });
    const revisedBefore = revised('s2', { kind: 'max_days', days: 20 }, '2025-06-01');
    const versions = versionsInForceDuring(records([replyIn30, revisedBefore, retired('s2', '2026-01-01'), later]), YEAR_2026);
    expect(versions).toEqual([]);
  });

  it('lists the standards by code', () => {
    const first = adopted({ standardId: 'z', code: 'URP-01', measure: 'final_reply_days', target: { kind: 'immediate' }, effectiveFrom: '2026-03-01' });
    expect(versionsInForceDuring(records([replyIn30, first]), YEAR_2026).map((v) => [v.code, v.from])).toEqual([
      ['URP-01', '2026-03-01'],
      ['URP-02', '2026-01-01'],
    ]);
  });
});
