import { mean, median, percentile, share } from './statistics';

describe('statistics', () => {
  it('the median is the middle value, or the mean of the two middle ones', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('the 90th percentile is the nearest rank: the smallest value with 90% at or below it', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11], 90)).toBe(10);
    expect(percentile([3, 30, 4], 90)).toBe(30);
    expect(percentile([2], 90)).toBe(2);
    expect(percentile([], 90)).toBeNull();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('the mean is the sum over the count', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });

  it('a share is part over whole, null over nothing', () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 5)).toBe(0);
    expect(share(0, 0)).toBeNull();
    expect(() => share(5, 4)).toThrow(RangeError);
  });
});
