/**
 * A report as a reader sees it, whatever the format: Italian text, tables and bar charts.
 * Each report is built into this once; the HTML, CSV and PDF renderers only lay it out,
 * so the three formats always carry the same sections and the same figures.
 */

export interface ReportDocument {
  title: string;
  subtitle: string;
  /** Label and value lines under the title: ente, period, date of the data. */
  facts: { label: string; value: string }[];
  /** The summary (sintesi): short sentences a reader can stop after. */
  summary: string[];
  sections: ReportSection[];
  /** How the figures were computed (nota metodologica). */
  notes: string[];
  /** The number of cases under which a figure is flagged. */
  minSample: number;
}

export interface ReportSection {
  /** Stable identifier (anchors, CSV block names). */
  id: string;
  title: string;
  intro?: string;
  table: ReportTable;
  chart?: BarChart;
}

export interface ReportTable {
  columns: TableColumn[];
  rows: TableCell[][];
  /** Printed instead of an empty table. */
  emptyText: string;
}

export interface TableColumn {
  label: string;
  align: 'left' | 'right';
  /** Relative width, for layouts that need one (PDF). */
  weight: number;
}

export interface TableCell {
  text: string;
  /** Drawn from fewer cases than the minimum sample. */
  lowSample?: boolean;
  /** Bold (totals, verdicts). */
  strong?: boolean;
  /** Differs from the figure it is set beside (what-if: the proposed charter against the real one). */
  changed?: boolean;
}

export interface BarChart {
  title: string;
  unit: 'count' | 'share';
  bars: { label: string; value: number | null; lowSample?: boolean }[];
  /** A threshold drawn across the bars (e.g. the share a sector must reach). */
  reference?: { value: number; label: string };
}

export const LOW_SAMPLE_TEXT = 'campione insufficiente';

export function cell(text: string, options: { lowSample?: boolean; strong?: boolean; changed?: boolean } = {}): TableCell {
  return { text, ...options };
}

export function column(label: string, align: 'left' | 'right' = 'left', weight = 1): TableColumn {
  return { label, align, weight };
}
