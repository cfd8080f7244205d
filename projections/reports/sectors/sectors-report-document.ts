/** Every sector side by side over a period, with the whole office's totals, as a document. */
import type { PerformanceFigures } from '../../sector-performance/compute/performance-figures';
import type { SectorsReport } from '../../sector-performance/reading/sector-reports';
import { countCell, figureCell } from '../document/cells';
import { capitalized, countText, instantText, percentText, periodText, thePercent } from '../document/italian';
import { cell, column, ReportDocument, TableCell } from '../document/report-document';
import { performanceNotes } from './performance-notes';

export function sectorsReportDocument(report: SectorsReport, entityName: string): ReportDocument {
  const { overall } = report;
  return {
    title: 'Andamento dei settori',
    subtitle: 'Indicatori di servizio a confronto — Ufficio Relazioni con il Pubblico',
    facts: [
      { label: 'Ente', value: entityName },
      { label: 'Periodo', value: periodText(report.period.from, report.period.to) },
      { label: 'Dati aggiornati al', value: instantText(report.asOf) },
    ],
    summary: [
      `Pratiche pervenute nel periodo: ${countText(overall.received.total)}; inoltri ai settori: ${countText(overall.routing.routed)}.`,
      `${capitalized(thePercent('il', overall.finalReplies.withinStandard.value))} delle risposte definitive è entro lo standard della Carta; ` +
        `${thePercent('il', overall.routing.reminderShare.value)} degli inoltri ha richiesto un sollecito.`,
    ],
    sections: [
      {
        id: 'settori',
        title: 'Indicatori per settore',
        table: {
          columns: [
            column('Settore', 'left', 2),
            column('Pervenute', 'right', 1),
            column('Inoltri', 'right', 1),
            column('Presa in carico: mediana (gg)', 'right', 1.2),
            column('Presa in carico entro il termine', 'right', 1.2),
            column('Solleciti', 'right', 1),
            column('Risposta: mediana (gg)', 'right', 1.1),
            column('Risposta: 90° percentile (gg)', 'right', 1.1),
            column('Risposte entro lo standard', 'right', 1.2),
            column('Aperte a fine periodo', 'right', 1),
            column('Oltre la scadenza', 'right', 1),
            column('Riaperte', 'right', 1),
            column("Restituite all'URP", 'right', 1),
            column('Tasso di risposta al questionario', 'right', 1.2),
            column('Giudizi positivi', 'right', 1.1),
          ],
          rows: [...report.sectors.map((s) => figuresRow(s.sector.name, s, false)), figuresRow('Totale ente', overall, true)],
          emptyText: '',
        },
        chart: {
          title: 'Risposte entro lo standard della Carta per settore',
          unit: 'share',
          bars: report.sectors.map((s) => ({
            label: s.sector.name,
            value: s.finalReplies.withinStandard.value,
            lowSample: s.finalReplies.withinStandard.lowSample,
          })),
        },
      },
    ],
    notes: [
      ...performanceNotes(report.minSample),
      "Il totale comprende anche le pratiche gestite direttamente dall'URP, senza inoltro a un settore.",
    ],
    minSample: report.minSample,
  };
}

function figuresRow(name: string, f: PerformanceFigures, strong: boolean): TableCell[] {
  return [
    cell(name, { strong }),
    countCell(f.received.total, strong),
    countCell(f.routing.routed, strong),
    figureCell(f.routing.timeToTakeChargeDays.median, 'number'),
    figureCell(f.routing.takeChargeWithinStandard, 'share'),
    countCell(f.routing.remindersSent, strong),
    figureCell(f.finalReplies.timeToFinalReplyDays.median, 'number'),
    figureCell(f.finalReplies.timeToFinalReplyDays.p90, 'number'),
    figureCell(f.finalReplies.withinStandard, 'share'),
    countCell(f.periodEnd.open, strong),
    countCell(f.periodEnd.overdue, strong),
    countCell(f.reopenings, strong),
    countCell(f.routing.handedBack, strong),
    figureCell(f.satisfaction.answerRate, 'share'),
    figureCell(f.satisfaction.positiveShare, 'share'),
  ];
}
