/**
 * A report as CSV for a spreadsheet: semicolon-separated with decimal commas (what an
 * Italian spreadsheet expects), a byte-order mark so accents survive, and one block per
 * section: the section title, the header row, the rows, then an empty line.
 */
import { LOW_SAMPLE_TEXT, ReportDocument, TableCell } from '../document/report-document';

const SEPARATOR = ';';
const LINE_END = '\r\n';
const BYTE_ORDER_MARK = '\uFEFF';

export function renderCsv(doc: ReportDocument): string {
  const blocks: string[][][] = [
    [[doc.title], [doc.subtitle], ...doc.facts.map((f) => [f.label, f.value])],
    [['Sintesi'], ...doc.summary.map((line) => [line])],
    ...doc.sections.map((section) => [
      [section.title],
      section.table.columns.map((c) => c.label),
      ...(section.table.rows.length ? section.table.rows.map((row) => row.map(cellText)) : [[section.table.emptyText]]),
    ]),
    ...(doc.notes.length === 0 ? [] : [[['Nota metodologica'], ...doc.notes.map((note) => [note])]]),
  ];
  return BYTE_ORDER_MARK + blocks.map((block) => block.map(csvLine).join(LINE_END)).join(LINE_END + LINE_END) + LINE_END;
}

function cellText(value: TableCell): string {
  return value.lowSample ? `${value.text} (${LOW_SAMPLE_TEXT})` : value.text;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(SEPARATOR);
}

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
