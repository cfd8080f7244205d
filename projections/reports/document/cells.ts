/** Table cells for the figures every report prints. */
import type { Figure } from '../../sector-performance/compute/figures';
import { countText, numberText, percentText } from './italian';
import { cell, TableCell } from './report-document';

/** A share or a number (days, a score), flagged when drawn from too few cases (not when there is none). */
export function figureCell(figure: Figure, as: 'share' | 'number'): TableCell {
  const text = as === 'share' ? percentText(figure.value) : numberText(figure.value);
  return cell(text, { lowSample: figure.lowSample && figure.value !== null });
}

export function countCell(count: number, strong = false): TableCell {
  return cell(countText(count), { strong });
}

/** Label and value rows ("Indicatore | Valore" tables). */
export function labelled(label: string, value: TableCell): TableCell[] {
  return [cell(label), value];
}
