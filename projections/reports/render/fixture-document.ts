/** A small document for the renderer specs: every kind of content once. */
import { cell, column, ReportDocument } from '../document/report-document';

export function fixtureDocument(): ReportDocument {
  return {
    title: "Relazione sull'anno — 2026",
    subtitle: 'Ufficio Relazioni con il Pubblico',
    facts: [{ label: 'Ente', value: 'Comune di Prova' }],
    summary: ['Pervenute 12 pratiche.', 'Una riga; con punto e virgola e "virgolette".'],
    sections: [
      {
        id: 'canali',
        title: 'Per canale',
        intro: 'Le pratiche <pervenute> per canale.',
        table: {
          columns: [column('Canale'), column('Pratiche', 'right')],
          rows: [
            [cell('E-mail'), cell('8')],
            [cell('Telefono'), cell('4', { lowSample: true })],
          ],
          emptyText: 'Nessuna',
        },
        chart: { title: 'Per canale', unit: 'count', bars: [{ label: 'E-mail', value: 8 }, { label: 'Telefono', value: 4, lowSample: true }] },
      },
      { id: 'vuota', title: 'Azioni', table: { columns: [column('Azione')], rows: [], emptyText: 'Nessuna azione registrata.' } },
    ],
    notes: ['Giorni di calendario.'],
    minSample: 10,
  };
}
