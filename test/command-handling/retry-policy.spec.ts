import { DEFAULT_BACKOFF, jitteredDelay } from '../../src/command-handling/retry-policy';

describe('retry policy: bounded exponential backoff with full jitter', () => {
  it('waits between 0 and base * 2^attempt, never more than the cap', () => {
    const settings = { maxAttempts: 10, baseMs: 2, capMs: 200 };
    expect(jitteredDelay(settings, 1, () => 0.999)).toBeCloseTo(4, 1);
    expect(jitteredDelay(settings, 3, () => 0.999)).toBeCloseTo(16, 1);
    expect(jitteredDelay(settings, 9, () => 0.999)).toBeLessThanOrEqual(200);
    expect(jitteredDelay(settings, 3, () => 0)).toBe(0);
  });

  it('spreads writers that collided: their next waits differ', () => {
    const waits = Array.from({ length: 20 }, () => jitteredDelay(DEFAULT_BACKOFF, 2));
    expect(new Set(waits).size).toBeGreaterThan(1);
  });

  it('gives up within about a second of waiting in all', () => {
    const worst = Array.from({ length: DEFAULT_BACKOFF.maxAttempts - 1 }, (_, i) => jitteredDelay(DEFAULT_BACKOFF, i + 1, () => 1));
    expect(worst.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_100);
  });
});
