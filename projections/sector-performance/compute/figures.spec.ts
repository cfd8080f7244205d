import { dayFigures, figure, meanFigure, shareFigure } from './figures';

describe('figures drawn from cases', () => {
  it('are flagged as a low sample below the minimum, and not at it', () => {
    expect(figure(0.5, 9, 10)).toEqual({ value: 0.5, sampleSize: 9, lowSample: true });
    expect(figure(0.5, 10, 10)).toEqual({ value: 0.5, sampleSize: 10, lowSample: false });
  });

  it('a share counts the whole as its sample; an empty whole gives no value', () => {
    expect(shareFigure(9, 12, 10)).toEqual({ value: 0.75, sampleSize: 12, lowSample: false });
    expect(shareFigure(0, 0, 10)).toEqual({ value: null, sampleSize: 0, lowSample: true });
  });

  it('day figures give the median, the 90th percentile and the mean of the same sample', () => {
    const days = [1, 2, 2, 3, 5, 8, 13, 21, 34, 55];
    expect(dayFigures(days, 10)).toEqual({
      median: { value: 6.5, sampleSize: 10, lowSample: false },
      p90: { value: 34, sampleSize: 10, lowSample: false },
      mean: { value: 14.4, sampleSize: 10, lowSample: false },
    });
    expect(meanFigure([], 10)).toEqual({ value: null, sampleSize: 0, lowSample: true });
  });
});
