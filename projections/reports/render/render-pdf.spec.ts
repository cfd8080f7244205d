import { cell, column } from '../document/report-document';
import { fixtureDocument } from './fixture-document';
import { renderPdf } from './render-pdf';

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('PDF rendering', () => {
  it('is a PDF in Italian', async () => {
    const pdf = await renderPdf(fixtureDocument(), 'Comune di Prova');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
  });

  it('a long table goes on over the pages it needs', async () => {
    const doc = fixtureDocument();
    doc.sections[0].table = {
      columns: [column('Riga'), column('Valore', 'right')],
      rows: Array.from({ length: 200 }, (_, i) => [cell(`Riga ${i + 1}`), cell(String(i))]),
      emptyText: '',
    };
    expect(pages(await renderPdf(doc, 'Comune di Prova'))).toBeGreaterThanOrEqual(4);
  });
});
