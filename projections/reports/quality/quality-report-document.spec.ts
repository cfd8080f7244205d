import { qualityReport } from '../../charter-compliance/compute/quality-report';
import { DEFAULT_THRESHOLDS } from '../../charter-compliance/compute/thresholds';
import { evolveStandardRecord } from '../../charter-compliance/standards/standard-record';
import { adopted } from '../../charter-compliance/testing/charter-events';
import { at, repliedClock, takenRouting } from '../../sector-performance/testing/fact-fixtures';
import { qualityReportDocument } from './quality-report-document';

describe('the yearly report as a document', () => {
  const standard = evolveStandardRecord(
    undefined,
    adopted({ standardId: 's2', code: 'URP-02', measure: 'final_reply_days', target: { kind: 'max_days', days: 30 }, effectiveFrom: '2025-01-01', indicator: 'Risposta entro 30 giorni' }),
    'e1',
  )!;
  const reportWith = (thresholds: typeof DEFAULT_THRESHOLDS) => qualityReport({
    year: 2026,
    standards: [standard],
    facts: { clocks: [repliedClock(10, { feedbackScore: 5, feedbackAt: at('2026-03-13') }), repliedClock(45)], routings: [takenRouting(2)] },
    sectors: [{ sectorId: 'lavori-pubblici', name: 'Lavori Pubblici', dissolvedAt: null }],
    correctiveActions: [
      {
        actionId: 'a1',
        year: 2026,
        standardId: 's2',
        sectorId: null,
        anomaly: 'Risposte oltre i 30 giorni',
        action: 'Monitoraggio settimanale',
        owner: 'Responsabile URP',
        dueDate: '2027-03-31',
        recordedAt: '2027-01-20T09:00:00.000Z',
        recordedBy: 'manager',
        eventId: 'e9',
      },
    ],
    asOf: at('2027-01-31'),
    thresholds,
  });
  const doc = qualityReportDocument(reportWith(DEFAULT_THRESHOLDS), 'Comune di Prova');
  // The same two cases judged as if 2 were enough, to see the verdicts and anomalies in words.
  const judged = qualityReportDocument(reportWith({ ...DEFAULT_THRESHOLDS, minSample: 2, sectorMinWithinShare: 0.8 }), 'Comune di Prova');

  it('carries the title, the ente and the period', () => {
    expect(doc.title).toBe("Relazione sui risultati conseguiti nell'applicazione della Carta di qualità dei servizi — Anno 2026");
    expect(doc.facts.slice(0, 2)).toEqual([
      { label: 'Ente', value: 'Comune di Prova' },
      { label: 'Periodo di riferimento', value: 'dal 1 gennaio 2026 al 31 dicembre 2026' },
    ]);
  });

  it('has the sections of the relazione, in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['standard', 'canali', 'tipologie', 'settori', 'gradimento', 'anomalie', 'azioni-correttive']);
  });

  it('states each standard’s target, measure and result, flagging the small sample', () => {
    const [row] = doc.sections[0].table.rows;
    expect(row.map((c) => c.text)).toEqual([
      'URP-02',
      'Gestione segnalazioni, reclami e suggerimenti',
      'Risposta entro 30 giorni',
      'dal 01/01/2026 al 31/12/2026',
      'entro 30 giorni per almeno il 90% delle pratiche',
      '50,0% entro i termini (mediana 27,5 giorni)',
      '2',
      'Campione insufficiente',
    ]);
    expect(row[5].lowSample).toBe(true);
    expect(judged.sections[0].table.rows[0][7].text).toBe('Non rispettato');
  });

  it('declares no anomaly on a sample below the minimum, and says so in the summary', () => {
    expect(doc.sections.find((s) => s.id === 'anomalie')!.table.rows).toEqual([]);
    expect(doc.summary).toContain('Non sono state riscontrate anomalie.');
    expect(doc.summary.join(' ')).toContain('non misurabili 1 (di cui 1 per campione insufficiente, meno di 10 pratiche)');
    const sectorRow = doc.sections.find((s) => s.id === 'settori')!.table.rows[0];
    expect(sectorRow[sectorRow.length - 1].text).toBe('Campione insufficiente');
  });

  it('reads right in Italian: articles before figures, singular and plural', () => {
    expect(judged.summary).toContain('Sono state riscontrate 2 anomalie; è stata registrata 1 azione correttiva.');
    expect(judged.sections.find((s) => s.id === 'settori')!.intro).toContain("meno dell'80% delle sue risposte");
    expect(doc.summary.join(' ')).toContain('compilato per il 50,0% delle pratiche chiuse; i giudizi positivi (4 o 5 su 5) sono il 100,0% delle risposte.');
  });

  it('names each anomaly in words, with the actions recorded for it', () => {
    const anomalies = judged.sections.find((s) => s.id === 'anomalie')!.table.rows.map((row) => [row[0].text, row[4].text]);
    expect(anomalies).toEqual([
      ['Standard URP-02 non rispettato: Risposta entro 30 giorni', 'Monitoraggio settimanale (Responsabile URP, entro il 31/03/2027)'],
      ['Settore Lavori Pubblici: risposte entro i termini sotto la soglia', 'Nessuna azione correttiva registrata'],
    ]);
  });
});
