import { fixtureDocument } from './fixture-document';
import { renderHtml } from './render-html';
import { svgBarChart } from './svg-bar-chart';

describe('HTML rendering', () => {
  const html = renderHtml(fixtureDocument());

  it('is a whole Italian page titled like the report', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="it">')).toBe(true);
    expect(html).toContain('<title>Relazione sull&#39;anno — 2026</title>');
    expect(html).toContain('<dt>Ente</dt><dd>Comune di Prova</dd>');
  });

  it('escapes every text', () => {
    expect(html).toContain('<p>Le pratiche &lt;pervenute&gt; per canale.</p>');
    expect(html).not.toContain('<pervenute>');
  });

  it('one table per section with rows, the empty text otherwise; low samples say so', () => {
    expect(html.match(/<table[ >]/g)).toHaveLength(1);
    expect(html).toContain('<td class="numero">4<span class="campione">campione insufficiente</span></td>');
    expect(html).toContain('<p class="vuoto">Nessuna azione registrata.</p>');
  });
});

describe('SVG bar chart', () => {
  it('draws bars in proportion to the largest, labels each and marks low samples', () => {
    const svg = svgBarChart({ title: 'Per canale', unit: 'count', bars: [{ label: 'E-mail', value: 8 }, { label: 'Telefono', value: 4, lowSample: true }] });
    expect(svg.match(/<rect [^>]*width="(\d+)"/g)).toEqual([expect.stringContaining('width="360"'), expect.stringContaining('width="180"')]);
    expect(svg).toContain('>4*</text>');
    expect(svg).toContain('class="barra barra-campione"');
    expect(svg).toContain('<title>Per canale</title>');
  });

  it('scales shares to 100% and draws the threshold', () => {
    const svg = svgBarChart({ title: 'Entro i termini', unit: 'share', bars: [{ label: 'Tributi', value: 0.5 }], reference: { value: 0.9, label: 'soglia' } });
    expect(svg).toContain('width="180"');
    expect(svg).toContain('>50,0%</text>');
    expect(svg).toMatch(/<line x1="524"[^>]*class="riferimento"\/>/); // 200 + 0.9 × 360
    expect(svg).toContain('>soglia 90%</text>');
  });
});
