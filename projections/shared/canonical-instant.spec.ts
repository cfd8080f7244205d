import { normalizeInstant } from '../../src/read-side';
import { isCanonicalInstant } from './canonical-instant';

describe('isCanonicalInstant', () => {
  it('holds exactly when normalizing would give the same string back', () => {
    const samples = [
      '2026-03-02T09:00:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '2000-02-29T00:00:00.000Z',
      '0001-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2026-12-31T12:30:45.123Z',
      '2025-02-29T09:00:00.000Z',
      '1900-02-29T09:00:00.000Z',
      '2026-04-31T09:00:00.000Z',
      '2026-03-02T24:00:00.000Z',
      '2026-03-02T09:60:00.000Z',
      '2026-03-02T09:00:60.000Z',
      '2026-13-02T09:00:00.000Z',
      '2026-00-02T09:00:00.000Z',
      '2026-03-00T09:00:00.000Z',
      '2026-03-02T09:00:00Z',
      '2026-03-02T09:00:00.0Z',
      '2026-03-02T09:00:00.000+00:00',
      '2026-03-02T10:00:00.000+01:00',
      '2026-03-02T09:00:00.000z',
      '2026-03-02 09:00:00.000Z',
    ];
    for (let n = 0; n < 500; n++) samples.push(new Date(Date.UTC(1970, 0, 1) + n * 7_919_999_937).toISOString());
    for (const sample of samples) {
      let same: boolean;
      try {
        same = normalizeInstant(sample) === sample;
      } catch {
        same = false;
      }
      expect([sample, isCanonicalInstant(sample)]).toEqual([sample, same]);
    }
  });
});
