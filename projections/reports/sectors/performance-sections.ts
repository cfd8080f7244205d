/** The sections of one set of performance figures (a sector's, or the whole office's), in Italian. */
import type { DayFigures } from '../../sector-performance/compute/figures';
import type { PerformanceFigures } from '../../sector-performance/compute/performance-figures';
import { countCell, figureCell, labelled } from '../document/cells';
import { figuresTable } from '../document/figures-table';
import { CHANNEL_LABELS, countText, KIND_LABELS, romeDateText } from '../document/italian';
import type { ReportSection, TableCell } from '../document/report-document';
import { surveyRows } from '../document/survey-rows';
import { volumeTable } from '../document/volume-table';

export function performanceSections(figures: PerformanceFigures): ReportSection[] {
  return [receivedSection(figures), routingSection(figures), finalReplySection(figures), periodEndSection(figures), satisfactionSection(figures)];
}

function receivedSection({ received }: PerformanceFigures): ReportSection {
  const kinds = received.byKind.filter((k) => k.count > 0).map((k): [string, number] => [KIND_LABELS[k.kind], k.count]);
  const channels = received.byChannel.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return {
    id: 'pervenute',
    title: 'Pratiche pervenute',
    intro: `Pratiche pervenute nel periodo: ${countText(received.total)}. Per tipologia nella tabella, per canale nel grafico.`,
    table: volumeTable('Tipologia', kinds, received.total, 'Nessuna pratica pervenuta nel periodo.'),
    chart: { title: 'Pratiche pervenute per canale', unit: 'count', bars: channels.map((c) => ({ label: CHANNEL_LABELS[c.channel], value: c.count })) },
  };
}

function routingSection({ routing }: PerformanceFigures): ReportSection {
  return indicatorSection('presa-in-carico', 'Inoltro e presa in carico', [
    labelled('Inoltri ricevuti dal settore', countCell(routing.routed)),
    labelled('Prese in carico', countCell(routing.takenInCharge)),
    labelled('In attesa di presa in carico', countCell(routing.awaitingTakeCharge)),
    labelled("Restituite all'URP come non di competenza", countCell(routing.handedBack)),
    labelled('Solleciti inviati', countCell(routing.remindersSent)),
    labelled('Inoltri che hanno richiesto un sollecito', figureCell(routing.reminderShare, 'share')),
    ...dayRows('Tempo di presa in carico', routing.timeToTakeChargeDays),
    labelled('Prese in carico entro il termine', figureCell(routing.takeChargeWithinStandard, 'share')),
  ]);
}

function finalReplySection({ finalReplies }: PerformanceFigures): ReportSection {
  return indicatorSection('risposta-definitiva', 'Risposta definitiva', [
    labelled('Pratiche avviate (pervenute o riaperte)', countCell(finalReplies.clocksStarted)),
    labelled('Risposte definitive inviate', countCell(finalReplies.replied)),
    ...dayRows('Tempo di risposta', finalReplies.timeToFinalReplyDays),
    labelled('Risposte entro lo standard della Carta', figureCell(finalReplies.withinStandard, 'share')),
    labelled('Risposte entro la scadenza (comprese le proroghe)', figureCell(finalReplies.withinDueDate, 'share')),
    labelled('Risposte interlocutorie', countCell(finalReplies.interimReplies)),
    labelled('Pratiche con risposta interlocutoria', countCell(finalReplies.clocksWithInterimReplies)),
    labelled('Proroghe motivate', countCell(finalReplies.extensions)),
    labelled('Pratiche segnalate in ritardo', countCell(finalReplies.markedOverdue)),
  ]);
}

function periodEndSection({ periodEnd, reopenings }: PerformanceFigures): ReportSection {
  return indicatorSection('fine-periodo', `Situazione al ${romeDateText(lastMoment(periodEnd.at))}`, [
    labelled('Pratiche aperte', countCell(periodEnd.open)),
    labelled('di cui oltre la scadenza', countCell(periodEnd.overdue)),
    labelled('Pratiche riaperte nel periodo', countCell(reopenings)),
  ]);
}

function satisfactionSection({ satisfaction }: PerformanceFigures): ReportSection {
  return indicatorSection('gradimento', 'Gradimento', surveyRows(satisfaction));
}

function dayRows(label: string, days: DayFigures): TableCell[][] {
  return [
    labelled(`${label}: mediana (giorni)`, figureCell(days.median, 'number')),
    labelled(`${label}: 90° percentile (giorni)`, figureCell(days.p90, 'number')),
    labelled(`${label}: media (giorni)`, figureCell(days.mean, 'number')),
  ];
}

function indicatorSection(id: string, title: string, rows: TableCell[][]): ReportSection {
  return { id, title, table: figuresTable('Indicatore', ['Valore'], rows) };
}

/** The snapshot instant is exclusive (the midnight after the last day): name the day it closes. */
function lastMoment(at: string): string {
  return new Date(Date.parse(at) - 1).toISOString();
}

