/** One sector's performance over a period, as a document. */
import type { SectorPerformance } from '../../sector-performance/reading/sector-reports';
import { countOf, countText, daysText, instantText, periodText, thePercent } from '../document/italian';
import type { ReportDocument } from '../document/report-document';
import { performanceNotes } from './performance-notes';
import { performanceSections } from './performance-sections';

export function sectorPerformanceDocument(report: SectorPerformance, entityName: string): ReportDocument {
  const { routing, finalReplies, periodEnd } = report;
  return {
    title: `Andamento del settore ${report.sector.name}`,
    subtitle: 'Indicatori di servizio — Ufficio Relazioni con il Pubblico',
    facts: [
      { label: 'Ente', value: entityName },
      { label: 'Periodo', value: periodText(report.period.from, report.period.to) },
      { label: 'Dati aggiornati al', value: instantText(report.asOf) },
    ],
    summary: [
      `Nel periodo il settore ha ricevuto ${countOf(routing.routed, 'inoltro', 'inoltri')} e ne ha presi in carico ${countText(routing.takenInCharge)}; ` +
        `tempo mediano di presa in carico: ${daysText(routing.timeToTakeChargeDays.median.value)}.`,
      `Risposte definitive: ${countText(finalReplies.replied)}, ${thePercent('il', finalReplies.withinStandard.value)} entro lo standard della Carta; ` +
        `tempo mediano di risposta: ${daysText(finalReplies.timeToFinalReplyDays.median.value)}.`,
      `Pratiche aperte a fine periodo: ${countText(periodEnd.open)}, di cui ${countText(periodEnd.overdue)} oltre la scadenza.`,
    ],
    sections: performanceSections(report),
    notes: performanceNotes(report.minSample),
    minSample: report.minSample,
  };
}
