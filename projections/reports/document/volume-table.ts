/** A count per label with its share of the total, and a total row. */
import { share } from '../../sector-performance/compute/statistics';
import { countCell } from './cells';
import { percentText } from './italian';
import { cell, column, ReportTable } from './report-document';

export function volumeTable(label: string, rows: readonly [string, number][], total: number, emptyText: string): ReportTable {
  return {
    columns: [column(label, 'left', 3), column('Pratiche', 'right', 1), column('Quota', 'right', 1)],
    rows: rows.length
      ? [
          ...rows.map(([name, count]) => [cell(name), countCell(count), cell(percentText(share(count, total)))]),
          [cell('Totale', { strong: true }), countCell(total, true), cell(percentText(share(total, total)), { strong: true })],
        ]
      : [],
    emptyText,
  };
}
