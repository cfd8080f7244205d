/** OpenAPI descriptions of the figures every report returns. */
import { ApiProperty } from '@nestjs/swagger';
import type { DayFigures, Figure } from '../../sector-performance/compute/figures';

export class FigureView implements Figure {
  @ApiProperty({ type: Number, nullable: true, description: 'Shares are 0-1; times are calendar days. Null when nothing was measured.', example: 0.92 })
  value: number | null;

  @ApiProperty({ description: 'How many cases (routings, survey answers) the value is drawn from.', example: 48 })
  sampleSize: number;

  @ApiProperty({ description: 'Drawn from fewer cases than the minimum sample ("campione insufficiente").' })
  lowSample: boolean;
}

export class DayFiguresView implements DayFigures {
  @ApiProperty({ type: FigureView })
  median: FigureView;

  @ApiProperty({ type: FigureView, description: 'Nearest-rank 90th percentile.' })
  p90: FigureView;

  @ApiProperty({ type: FigureView })
  mean: FigureView;
}

export class PeriodView {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  from: string;

  @ApiProperty({ format: 'date', example: '2026-03-31', description: 'Included.' })
  to: string;
}
