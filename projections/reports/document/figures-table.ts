/**
 * The layout every label-and-figures table of the reports shares (volumes, indicators, the
 * survey, the what-if's outcomes): a wide label column, then narrow right-aligned figures.
 */
import { column, ReportTable, TableCell } from './report-document';

export function figuresTable(label: string, figureLabels: readonly string[], rows: TableCell[][], emptyText = ''): ReportTable {
  return { columns: [column(label, 'left', 3), ...figureLabels.map((figure) => column(figure, 'right', 1))], rows, emptyText };
}
