/** OpenAPI descriptions of the figures every report returns. */
import { ApiProperty } from '@nestjs/swagger';
import type { DayFigures, Figure } from '../../sector-performance/compute/figures';

export class FigureView implements Figure {
  /** Shares are 0-1; times are calendar days. Null when nothing was measured. */
  @ApiProperty({ example: 0.92 })
  value: number | null;

  /** How many cases (routings, survey answers) the value is drawn from. */
  @ApiProperty({ example: 48 })
  sampleSize: number;

  /** Drawn from fewer cases than the minimum sample ("campione insufficiente"). */
  lowSample: boolean;
}

export class DayFiguresView implements DayFigures {
  median: FigureView;

  /** Nearest-rank 90th percentile. */
  p90: FigureView;

  mean: FigureView;
}

export class PeriodView {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  from: string;

  /** Included. */
  @ApiProperty({ format: 'date', example: '2026-03-31' })
  to: string;
}
