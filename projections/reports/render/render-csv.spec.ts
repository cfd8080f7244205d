import { fixtureDocument } from './fixture-document';
import { renderCsv } from './render-csv';

describe('CSV rendering', () => {
  const csv = renderCsv(fixtureDocument());

  it('starts with a byte-order mark and uses CRLF, semicolons and blank lines between blocks', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n\r\n')).toEqual([
      "Relazione sull'anno — 2026\r\nUfficio Relazioni con il Pubblico\r\nEnte;Comune di Prova",
      'Sintesi\r\nPervenute 12 pratiche.\r\n"Una riga; con punto e virgola e ""virgolette""."',
      'Per canale\r\nCanale;Pratiche\r\nE-mail;8\r\nTelefono;4 (campione insufficiente)',
      'Azioni\r\nAzione\r\nNessuna azione registrata.',
      'Nota metodologica\r\nGiorni di calendario.\r\n',
    ]);
  });
});
