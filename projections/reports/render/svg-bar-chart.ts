/**
 * A horizontal bar chart as inline SVG: one bar per label, its value written beside it, and
 * an optional reference line (a threshold). No script, no external file: the page prints
 * and archives as it is.
 */
import type { BarChart } from '../document/report-document';
import { countText, NOT_AVAILABLE, percentText, thresholdText } from '../document/italian';
import { escapeHtml } from './escape-html';

const LABEL_WIDTH = 200;
const BAR_AREA = 360;
const VALUE_WIDTH = 70;
const BAR_HEIGHT = 18;
const GAP = 8;
const TOP = 8;

export function barValueText(chart: BarChart, value: number | null): string {
  if (value === null) return NOT_AVAILABLE;
  return chart.unit === 'share' ? percentText(value) : countText(value);
}

/** The scale's top: 100% for shares, the largest value for counts. */
export function chartMaximum(chart: BarChart): number {
  if (chart.unit === 'share') return 1;
  return Math.max(1, ...chart.bars.map((bar) => bar.value ?? 0));
}

export function svgBarChart(chart: BarChart): string {
  const max = chartMaximum(chart);
  const height = TOP * 2 + chart.bars.length * (BAR_HEIGHT + GAP) + (chart.reference ? 16 : 0);
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const bars = chart.bars.map((bar, index) => {
    const y = TOP + index * (BAR_HEIGHT + GAP);
    const length = bar.value === null ? 0 : Math.round((bar.value / max) * BAR_AREA);
    const value = `${barValueText(chart, bar.value)}${bar.lowSample ? '*' : ''}`;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 5}" text-anchor="end" class="etichetta">${escapeHtml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${BAR_HEIGHT}" class="${bar.lowSample ? 'barra barra-campione' : 'barra'}"/>`,
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + BAR_HEIGHT - 5}" class="valore">${escapeHtml(value)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="grafico" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    ...bars,
    chart.reference ? referenceLine(chart.reference, max, height) : '',
    '</svg>',
  ].join('');
}

function referenceLine(reference: NonNullable<BarChart['reference']>, max: number, height: number): string {
  const x = LABEL_WIDTH + Math.round((reference.value / max) * BAR_AREA);
  return (
    `<line x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${height - 14}" class="riferimento"/>` +
    `<text x="${x}" y="${height - 2}" text-anchor="middle" class="valore">${escapeHtml(`${reference.label} ${thresholdText(reference.value)}`)}</text>`
  );
}
