/** A count per label with its share of the total, and a total row. */
import { share } from '../../sector-performance/compute/statistics';
import { countCell } from './cells';
import { figuresTable } from './figures-table';
import { percentText } from './italian';
import { cell, ReportTable } from './report-document';

export function volumeTable(label: string, rows: readonly [string, number][], total: number, emptyText: string): ReportTable {
  return figuresTable(
    label,
    ['Pratiche', 'Quota'],
    rows.length
      ? [
          ...rows.map(([name, count]) => [cell(name), countCell(count), cell(percentText(share(count, total)))]),
          [cell('Totale', { strong: true }), countCell(total, true), cell(percentText(share(total, total)), { strong: true })],
        ]
      : [],
    emptyText,
  );
}
