import { cell, column } from '../document/report-document';
import { fixtureDocument } from './fixture-document';
import PDFDocument from 'pdfkit';
import { columnWidths, renderPdf } from './render-pdf';

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

  it('never splits a word across lines: each column is as wide as its longest word', () => {
    const doc = new PDFDocument({ size: 'A4' });
    const table = {
      columns: [column('Indicatore', 'left', 6), column('Esito', 'left', 0.4)],
      rows: [[cell('Risposta entro 30 giorni'), cell('Non misurabile', { strong: true })]],
      emptyText: '',
    };
    const widths = columnWidths(doc, table, 400);
    doc.font('Helvetica-Bold').fontSize(7.5);
    const word = doc.widthOfString('misurabile');
    // By weight alone "Esito" would get 25 points, less than the word.
    expect((0.4 / 6.4) * 400).toBeLessThan(word);
    expect(widths[1]).toBeGreaterThanOrEqual(word + 6);
    expect(widths[0] + widths[1]).toBeCloseTo(400, 5);
  });
});
