/**
 * A report as a PDF document (pdfkit, vector only): title block, summary, one table per
 * section with its bar chart, method notes, and "Pagina n di N" on every page. Tables break
 * across pages with their header repeated; figures drawn from too few cases carry an
 * asterisk explained under the table.
 */
import PDFDocument from 'pdfkit';
import { BarChart, LOW_SAMPLE_TEXT, ReportDocument, ReportSection, ReportTable, TableCell } from '../document/report-document';
import { barValueText, chartMaximum } from './svg-bar-chart';

type Pdf = PDFKit.PDFDocument;

const BLUE = '#0b4f8a';
const TEXT = '#1a1a1a';
const LINE = '#9fb4c8';
const HEADER_FILL = '#e8eff6';
const MARGIN = 50;
const FOOTER_SPACE = 30;
const CELL_PADDING = 3;
const TABLE_FONT_SIZE = 7.5;

export function renderPdf(report: ReportDocument, author: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'it-IT',
    displayTitle: true,
    info: { Title: report.title, Author: author, Subject: report.subtitle },
  });
  const done = collect(doc);
  titleBlock(doc, report);
  heading(doc, 'Sintesi');
  for (const line of report.summary) bullet(doc, line);
  for (const section of report.sections) sectionBlock(doc, section, report.minSample);
  // A short document says how it was computed in its summary: no page for a heading alone.
  if (report.notes.length > 0) heading(doc, 'Nota metodologica');
  for (const note of report.notes) paragraph(doc, note, 8.5);
  pageNumbers(doc, report.title);
  doc.end();
  return done;
}

function collect(doc: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function titleBlock(doc: Pdf, report: ReportDocument): void {
  doc.font('Helvetica-Bold').fontSize(17).fillColor(BLUE).text(report.title, { width: contentWidth(doc) });
  doc.moveDown(0.3).font('Helvetica').fontSize(12).fillColor(TEXT).text(report.subtitle);
  doc.moveDown(0.6);
  for (const fact of report.facts) {
    doc.font('Helvetica-Bold').fontSize(10).text(`${fact.label}: `, { continued: true }).font('Helvetica').text(fact.value);
  }
  const y = doc.y + 8;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + contentWidth(doc), y).lineWidth(2).strokeColor(BLUE).stroke();
  doc.y = y + 6;
}

function heading(doc: Pdf, title: string): void {
  ensureSpace(doc, 60); // a heading alone at the foot of a page reads badly
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12.5).fillColor(BLUE).text(title, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).fillColor(TEXT);
}

/** A bullet with its lines hanging under the first one. */
function bullet(doc: Pdf, text: string): void {
  const y = doc.y;
  doc.font('Helvetica').fontSize(9.5).fillColor(TEXT).text('•', MARGIN, y);
  doc.text(text, MARGIN + 10, y, { width: contentWidth(doc) - 10 });
  doc.moveDown(0.3);
}

function paragraph(doc: Pdf, text: string, size = 9.5): void {
  doc.font('Helvetica').fontSize(size).fillColor(TEXT).text(text, MARGIN, doc.y, { width: contentWidth(doc), align: 'left' });
  doc.moveDown(0.3);
}

function sectionBlock(doc: Pdf, section: ReportSection, minSample: number): void {
  ensureSpace(doc, openingHeight(doc, section));
  heading(doc, section.title);
  if (section.intro) paragraph(doc, section.intro, 9);
  // A chart titled like its section needs no title of its own.
  if (section.chart && section.chart.bars.length > 0) barChart(doc, section.chart, section.chart.title !== section.title);
  table(doc, section.table, minSample);
}

/**
 * What must follow a heading on its page: the intro, the chart, and the table's header and
 * first rows; or the whole table when it is short, so that a small table is never split.
 */
function openingHeight(doc: Pdf, section: ReportSection): number {
  const heading = 40;
  doc.font('Helvetica').fontSize(9);
  const intro = section.intro ? doc.heightOfString(section.intro, { width: contentWidth(doc) }) + 6 : 0;
  const chart = section.chart && section.chart.bars.length > 0 ? chartHeight(section.chart) + 10 : 0;
  const widths = columnWidths(doc, section.table, contentWidth(doc));
  const rows = [section.table.columns.map((c) => ({ text: c.label, strong: true })), ...section.table.rows];
  const heights = rows.map((row, i) => rowHeight(doc, row, widths, i === 0));
  const whole = heights.reduce((sum, h) => sum + h, 0);
  const short = whole < 0.4 * (doc.page.height - doc.page.margins.top - doc.page.margins.bottom);
  const table = short ? whole : heights.slice(0, 3).reduce((sum, h) => sum + h, 0);
  return heading + intro + chart + table;
}

function table(doc: Pdf, table: ReportTable, minSample: number): void {
  if (table.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).text(table.emptyText, MARGIN, doc.y);
    return;
  }
  const widths = columnWidths(doc, table, contentWidth(doc));
  tableRow(doc, table.columns.map((c) => ({ text: c.label, strong: true })), widths, table, true);
  for (const row of table.rows) {
    const height = rowHeight(doc, row, widths, false);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      tableRow(doc, table.columns.map((c) => ({ text: c.label, strong: true })), widths, table, true);
    }
    tableRow(doc, row, widths, table, false);
  }
  if (table.rows.some((row) => row.some((c) => c.lowSample))) {
    doc.moveDown(0.2).font('Helvetica-Oblique').fontSize(7.5).fillColor(TEXT);
    doc.text(`* ${LOW_SAMPLE_TEXT}: valore calcolato su meno di ${minSample} pratiche.`, MARGIN, doc.y);
  }
  doc.moveDown(0.5);
}

/**
 * The columns share the width by weight, but each is at least as wide as its longest word:
 * pdfkit would otherwise break a word across lines ("Non misura/bile"). The width a column
 * needs beyond its share is taken from the others, in proportion to their weights.
 */
export function columnWidths(doc: Pdf, table: ReportTable, width: number): number[] {
  const header = table.columns.map((c) => ({ text: c.label, strong: true }));
  const minimum = table.columns.map((_, i) =>
    Math.max(...[header[i], ...table.rows.map((row) => row[i])].filter(Boolean).map((cell) => longestWordWidth(doc, cell))) + 2 * CELL_PADDING + 0.5,
  );
  const fixed = new Set<number>();
  let widths = weighted(table, width, fixed, minimum);
  // Each pass fixes at least one more column at its minimum, so this ends within the column count.
  for (let pass = 0; pass < table.columns.length; pass++) {
    const narrow = widths.map((w, i) => (!fixed.has(i) && w < minimum[i] ? i : -1)).filter((i) => i >= 0);
    if (narrow.length === 0) break;
    narrow.forEach((i) => fixed.add(i));
    widths = weighted(table, width, fixed, minimum);
  }
  return widths;
}

function weighted(table: ReportTable, width: number, fixed: ReadonlySet<number>, minimum: readonly number[]): number[] {
  const left = width - [...fixed].reduce((sum, i) => sum + minimum[i], 0);
  const total = table.columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.weight), 0);
  return table.columns.map((c, i) => (fixed.has(i) ? minimum[i] : (c.weight / total) * left));
}

function longestWordWidth(doc: Pdf, value: TableCell): number {
  doc.font(value.strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(TABLE_FONT_SIZE);
  return Math.max(0, ...cellText(value).split(/\s+/).map((word) => doc.widthOfString(word)));
}

/** A figure that differs between two reports set side by side (the what-if). */
const CHANGED_FILL = '#fff1c2';

function cellText(value: TableCell): string {
  return value.lowSample ? `${value.text} *` : value.text;
}

function rowHeight(doc: Pdf, row: readonly TableCell[], widths: readonly number[], header: boolean): number {
  const heights = row.map((value, i) => {
    doc.font(header || value.strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(TABLE_FONT_SIZE);
    return doc.heightOfString(cellText(value), { width: widths[i] - 2 * CELL_PADDING });
  });
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function tableRow(doc: Pdf, row: readonly TableCell[], widths: readonly number[], table: ReportTable, header: boolean): void {
  const height = rowHeight(doc, row, widths, header);
  const top = doc.y;
  let x = MARGIN;
  row.forEach((value, i) => {
    if (header) doc.rect(x, top, widths[i], height).fill(HEADER_FILL);
    else if (value.changed) doc.rect(x, top, widths[i], height).fill(CHANGED_FILL);
    doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.font(header || value.strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(TABLE_FONT_SIZE).fillColor(TEXT);
    doc.text(cellText(value), x + CELL_PADDING, top + CELL_PADDING, {
      width: widths[i] - 2 * CELL_PADDING,
      align: table.columns[i]?.align === 'right' && !header ? 'right' : 'left',
    });
    x += widths[i];
  });
  doc.x = MARGIN;
  doc.y = top + height;
}

const BAR_HEIGHT = 11;
const BAR_GAP = 5;

function chartHeight(chart: BarChart): number {
  return 18 + chart.bars.length * (BAR_HEIGHT + BAR_GAP) + (chart.reference ? 14 : 0);
}

function barChart(doc: Pdf, chart: BarChart, titled: boolean): void {
  const barHeight = BAR_HEIGHT;
  const gap = BAR_GAP;
  const labelWidth = 150;
  const barArea = contentWidth(doc) - labelWidth - 70;
  ensureSpace(doc, chartHeight(chart) + 10);
  if (titled) doc.font('Helvetica-Bold').fontSize(9).fillColor(TEXT).text(chart.title, MARGIN, doc.y);
  const top = doc.y + 4;
  const max = chartMaximum(chart);
  chart.bars.forEach((bar, index) => {
    const y = top + index * (barHeight + gap);
    const length = bar.value === null ? 0 : (bar.value / max) * barArea;
    doc.font('Helvetica').fontSize(8).fillColor(TEXT);
    doc.text(bar.label, MARGIN, y + 2, { width: labelWidth - 8, align: 'right', lineBreak: false, ellipsis: true });
    if (length > 0) doc.rect(MARGIN + labelWidth, y, length, barHeight).fill(bar.lowSample ? '#8fb3d4' : BLUE);
    doc.fillColor(TEXT).text(`${barValueText(chart, bar.value)}${bar.lowSample ? ' *' : ''}`, MARGIN + labelWidth + length + 4, y + 2, { lineBreak: false });
  });
  const chartBottom = top + chart.bars.length * (barHeight + gap);
  if (chart.reference) {
    const x = MARGIN + labelWidth + (chart.reference.value / max) * barArea;
    doc.moveTo(x, top - 3).lineTo(x, chartBottom).lineWidth(1.2).strokeColor('#b3261e').dash(4, { space: 2 }).stroke().undash();
    doc.font('Helvetica').fontSize(7.5).fillColor('#b3261e').text(`${chart.reference.label} ${barValueText(chart, chart.reference.value)}`, x - 30, chartBottom + 2, {
      width: 60,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.fillColor(TEXT);
  doc.x = MARGIN;
  doc.y = chartBottom + (chart.reference ? 16 : 4);
}

function pageNumbers(doc: Pdf, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the bottom margin: lift the margin so pdfkit does not open a page for it.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    doc.moveTo(MARGIN, y - 6).lineTo(doc.page.width - MARGIN, y - 6).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.font('Helvetica').fontSize(7.5).fillColor('#444444');
    doc.text(title, MARGIN, y, { width: contentWidth(doc) - 80, lineBreak: false, ellipsis: true });
    doc.text(`Pagina ${i - range.start + 1} di ${range.count}`, doc.page.width - MARGIN - 80, y, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
