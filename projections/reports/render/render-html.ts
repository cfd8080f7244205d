/**
 * A report as a self-contained HTML page, the document a comune publishes: title, ente and
 * period, the summary, one table per section with its bar chart, the method notes. Figures
 * drawn from too few cases say so in the cell ("campione insufficiente").
 */
import { LOW_SAMPLE_TEXT, ReportDocument, ReportSection, TableCell, TableColumn } from '../document/report-document';
import { escapeHtml } from './escape-html';
import { svgBarChart } from './svg-bar-chart';

const STYLE = `
body { font-family: "Titillium Web", "Segoe UI", Arial, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
header { border-bottom: 3px solid #0b4f8a; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; color: #0b4f8a; margin-bottom: .3rem; }
h2 { font-size: 1.25rem; color: #0b4f8a; margin-top: 2rem; border-bottom: 1px solid #c9d6e3; }
.sottotitolo { font-size: 1.1rem; margin-top: 0; }
dl.dati { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dl.dati dt { font-weight: 600; }
dl.dati dd { margin: 0; }
.tabella { max-width: 100%; overflow-x: auto; margin: .8rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.ampia { font-size: .8rem; }
table.ampia th { hyphens: auto; }
.campione-breve { color: #8a4b00; font-weight: 600; }
.nota-tabella { font-size: .8rem; color: #8a4b00; font-style: italic; margin-top: .2rem; }
.solo-lettori { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body:has(table.ampia) { max-width: 76rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #c9d6e3; padding: .35rem .5rem; vertical-align: top; }
th { background: #e8eff6; text-align: left; }
td.numero, th.numero { text-align: right; }
tbody tr:nth-child(even) { background: #f6f9fc; }
.variato { background: #fff1c2; font-weight: 600; }
.campione { display: block; font-size: .75rem; color: #8a4b00; font-style: italic; }
.vuoto { font-style: italic; color: #555; }
svg.grafico { max-width: 100%; height: auto; margin: .5rem 0 1rem; }
svg .etichetta, svg .valore { font-size: 12px; font-family: inherit; fill: #1a1a1a; }
svg .barra { fill: #0b4f8a; }
svg .barra-campione { fill: #8fb3d4; }
svg .riferimento { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 5 3; }
footer { margin-top: 2.5rem; font-size: .85rem; color: #444; border-top: 1px solid #c9d6e3; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
`;

export function renderHtml(doc: ReportDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="it">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="sottotitolo">${escapeHtml(doc.subtitle)}</p>`,
    `<dl class="dati">${doc.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`,
    '</header>',
    '<main>',
    '<section id="sintesi">',
    '<h2>Sintesi</h2>',
    `<ul>${doc.summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    '</section>',
    ...doc.sections.map((section) => renderSection(section, doc.minSample)),
    ...(doc.notes.length === 0 ? [] : ['<section id="nota-metodologica">', '<h2>Nota metodologica</h2>', ...doc.notes.map((note) => `<p>${escapeHtml(note)}</p>`), '</section>']),
    '</main>',
    `<footer><p>${escapeHtml(`${doc.title}. I valori indicati come "${LOW_SAMPLE_TEXT}" sono calcolati su meno di ${doc.minSample} pratiche e vanno letti con cautela.`)}</p></footer>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function renderSection(section: ReportSection, minSample: number): string {
  return [
    `<section id="${escapeHtml(section.id)}">`,
    `<h2>${escapeHtml(section.title)}</h2>`,
    section.intro ? `<p>${escapeHtml(section.intro)}</p>` : '',
    section.chart ? svgBarChart(section.chart) : '',
    renderTable(section, minSample),
    '</section>',
  ].join('\n');
}

const WIDE_TABLE_COLUMNS = 7;

function renderTable(section: ReportSection, minSample: number): string {
  const { columns, rows, emptyText } = section.table;
  if (rows.length === 0) return `<p class="vuoto">${escapeHtml(emptyText)}</p>`;
  const head = columns.map((c) => `<th scope="col"${c.align === 'right' ? ' class="numero"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  // Many columns: a smaller type, headers that may break, low samples marked with an asterisk
  // explained under the table (as in the PDF: the words in every cell would squeeze the
  // columns until the headers break mid-word), and on a narrow screen a table that scrolls.
  const wide = columns.length > WIDE_TABLE_COLUMNS;
  const body = rows.map((row) => `<tr>${row.map((value, i) => renderCell(value, columns[i], wide)).join('')}</tr>`).join('\n');
  const legend =
    wide && rows.some((row) => row.some((value) => value.lowSample))
      ? `\n<p class="nota-tabella">* ${LOW_SAMPLE_TEXT}: valore calcolato su meno di ${minSample} pratiche.</p>`
      : '';
  return `<div class="tabella" role="region" aria-label="${escapeHtml(section.title)}" tabindex="0">\n<table${wide ? ' class="ampia"' : ''}>\n<caption>${escapeHtml(section.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${legend}\n</div>`;
}

function renderCell(value: TableCell, column: TableColumn | undefined, wide: boolean): string {
  const text = value.strong ? `<strong>${escapeHtml(value.text)}</strong>` : escapeHtml(value.text);
  const flag = !value.lowSample
    ? ''
    : wide
      ? `<span class="campione-breve"><span aria-hidden="true">*</span><span class="solo-lettori"> (${LOW_SAMPLE_TEXT})</span></span>`
      : `<span class="campione">${LOW_SAMPLE_TEXT}</span>`;
  const classes = [...(column?.align === 'right' ? ['numero'] : []), ...(value.changed ? ['variato'] : [])];
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${text}${flag}</td>`;
}
